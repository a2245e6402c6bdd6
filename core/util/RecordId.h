// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QHashFunctions>
#include <QtGlobal>

#include <compare>

namespace continuum {

/// A row id that says what it is: RecordId<ClientIdTag> and RecordId<GoalIdTag> are different types, so a goal's
/// id passed where a client's is expected does not compile. Made from a raw integer only explicitly
/// (ClientId(12)), read back only explicitly (id.value): there is no conversion to or from qint64 or another
/// id. The default is 0, which no stored row has. Tag names the id in debug and test output
/// (`static constexpr const char* name`).
///
/// Lives in util/ rather than domain/ because storage/ binds it and storage sits below the domain.
template<typename Tag>
struct RecordId {
    qint64 value = 0;

    constexpr RecordId() = default;
    constexpr explicit RecordId(qint64 raw)
        : value(raw)
    {}

    /// True for the default id, which names no stored row (a record not yet saved).
    constexpr bool isNull() const { return value == 0; }

    friend constexpr bool operator==(RecordId, RecordId) = default;
    friend constexpr auto operator<=>(RecordId, RecordId) = default;
};

// Free templates rather than hidden friends: GCC 12 leaves a friend defined in a class template undefined
// when its first use is from QTest's own templates ("used but never defined").

template<typename Tag>
size_t qHash(RecordId<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

template<typename Tag>
QDebug operator<<(QDebug debug, RecordId<Tag> id)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << Tag::name << '(' << id.value << ')';
    return debug;
}

/// For QCOMPARE (found by argument-dependent lookup, as QTest documents): "ClientId(12)", freed by QTest.
template<typename Tag>
char* toString(RecordId<Tag> id)
{
    return qstrdup(QByteArray(Tag::name).append('(').append(QByteArray::number(id.value)).append(')').constData());
}

} // namespace continuum
