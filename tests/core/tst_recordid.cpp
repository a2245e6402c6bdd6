// SPDX-License-Identifier: GPL-3.0-or-later
// Ids say what they are: a GoalId is not a ClientId, and neither is a bare integer. Most of this test is
// checked by the compiler; were ClientId, GoalId and SessionId aliases of qint64 again, the static_asserts
// below would stop the build.
#include "domain/RecordIds.h"
#include "storage/Statement.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTest>

#include <concepts>
#include <type_traits>

using namespace continuum;

namespace {

/// From is neither turned into To silently nor made into one on purpose, nor assigned to one.
template<typename From, typename To>
constexpr bool keptApart = !std::is_convertible_v<From, To> && !std::is_constructible_v<To, From> &&
                           !std::is_assignable_v<To&, From> && !std::equality_comparable_with<From, To>;

static_assert(keptApart<GoalId, ClientId>);
static_assert(keptApart<SessionId, ClientId>);
static_assert(keptApart<ClientId, GoalId>);
static_assert(keptApart<SessionId, GoalId>);
static_assert(keptApart<ClientId, SessionId>);
static_assert(keptApart<GoalId, SessionId>);

/// A raw integer becomes an id only when written out (ClientId(12)); an id gives its integer only as .value.
template<typename Id>
constexpr bool explicitBothWays =
    !std::is_convertible_v<qint64, Id> && !std::is_convertible_v<int, Id> && std::is_constructible_v<Id, qint64> &&
    !std::is_convertible_v<Id, qint64> && !std::is_constructible_v<qint64, Id> && !std::is_assignable_v<Id&, qint64> &&
    !std::equality_comparable_with<Id, qint64> && std::is_same_v<decltype(Id::value), qint64>;

static_assert(explicitBothWays<ClientId>);
static_assert(explicitBothWays<GoalId>);
static_assert(explicitBothWays<SessionId>);

// Value types: cheap to copy, ordered (QMap keys), and bound to SQL as their integer without .value.
static_assert(std::is_trivially_copyable_v<ClientId> && sizeof(ClientId) == sizeof(qint64));
static_assert(std::totally_ordered<GoalId>);
static_assert(ClientId().isNull() && !ClientId(1).isNull() && ClientId(1) < ClientId(2));
static_assert(requires(Statement & st, SessionId id) { st.bind(1, id); });
static_assert(requires(Statement & st, std::optional<SessionId> id) { st.bind(1, id); });

} // namespace

class TestRecordId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputNamesTheKindOfId()
    {
        // What a failing QCOMPARE prints.
        char* text = toString(GoalId(42));
        QCOMPARE(QByteArray(text), QByteArray("GoalId(42)"));
        delete[] text;

        QString debug;
        QDebug(&debug) << ClientId(7) << SessionId(9);
        QCOMPARE(debug, QStringLiteral("ClientId(7) SessionId(9) "));
    }

    void hashesAndOrdersByValue()
    {
        const QSet<ClientId> set{ClientId(3), ClientId(3), ClientId(5)};
        QCOMPARE(set.size(), 2);
        QVERIFY(set.contains(ClientId(5)));
        QHash<SessionId, int> hash;
        hash.insert(SessionId(1), 10);
        QCOMPARE(hash.value(SessionId(1)), 10);
        QMap<GoalId, QString> map{{GoalId(2), QStringLiteral("b")}, {GoalId(1), QStringLiteral("a")}};
        QCOMPARE(map.firstKey(), GoalId(1));
    }
};

QTEST_GUILESS_MAIN(TestRecordId)
#include "tst_recordid.moc"
