// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/RecordId.h"

namespace continuum {

// Row ids, one type per kind of record (util/RecordId.h): a GoalId is not a ClientId. Kept apart from
// Records.h so a header that only passes ids around need not include the records.

struct ClientIdTag {
    static constexpr const char* name = "ClientId";
};
struct GoalIdTag {
    static constexpr const char* name = "GoalId";
};
struct SessionIdTag {
    static constexpr const char* name = "SessionId";
};
struct ContactIdTag {
    static constexpr const char* name = "ContactId";
};

using ClientId = RecordId<ClientIdTag>;
using GoalId = RecordId<GoalIdTag>;
using SessionId = RecordId<SessionIdTag>;
using ContactId = RecordId<ContactIdTag>;

} // namespace continuum
