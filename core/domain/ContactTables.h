// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "storage/RecordTable.h"

namespace continuum {

// How contacts are stored (Migration 8): one column list per table, as in RecordTables.h. A revision's
// rows take the revision's row id as ?1. The person of a revision (contact_people) is written and read
// by ContactService itself: it is the one table that can name someone.

/// contact_list_items. The UPDATE writes the label, doses per kit, position and whether retired.
const RecordTable<ContactListItem>& contactListItemTable();
/// contact_records: the header, created with current_revision 0; ContactService moves it on.
const RecordTable<Contact>& contactTable();
/// contact_revisions: ?1 contact_id; append-only.
const RecordTable<ContactRevision>& contactRevisionTable();
/// contact_supplies: ?1 revision_id.
const RecordTable<SupplyGiven>& contactSupplyTable();
/// contact_naloxone: ?1 revision_id.
const RecordTable<NaloxoneGiven>& contactNaloxoneTable();
/// contact_drug_checks: ?1 revision_id.
const RecordTable<DrugCheck>& contactDrugCheckTable();
/// contact_overdoses: ?1 revision_id.
const RecordTable<OverdoseReport>& contactOverdoseTable();
/// contact_referrals: ?1 revision_id.
const RecordTable<ReferralMade>& contactReferralTable();

} // namespace continuum
