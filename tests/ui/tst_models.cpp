// SPDX-License-Identifier: GPL-3.0-or-later
// Item models over the domain, each under QAbstractItemModelTester: lazy paging of the caseload,
// search as you type, goals and sessions of one client.
#include "domain/Domain.h"
#include "models/ClientListModel.h"
#include "models/GoalListModel.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;
using namespace continuum::ui;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void clientListFetchesLazilyAndSearches()
    {
        QTemporaryDir tmp;
        auto created = test::createTestVault(tmp.filePath(QStringLiteral("v")));
        FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        Domain domain(created.vault->database(), clock);
        const int n = ClientListModel::kPageSize * 2 + 17;
        for (int i = 0; i < n; ++i) {
            Client c;
            c.chosenName = QStringLiteral("Person %1").arg(i, 4, 10, QLatin1Char('0'));
            const auto made = domain.clients().create(c);
            QVERIFY2(made.ok(), qPrintable(made.error().detail));
        }
        Client jose;
        jose.chosenName = QStringLiteral("José Ñandú");
        jose.pronouns = QStringLiteral("he/him");
        jose.legalName = QStringLiteral("Josef Legalname");
        QVERIFY(domain.clients().create(jose).ok());

        // Laziness, seen from a view: one page at first, more as it scrolls.
        {
            ClientListModel lazy;
            lazy.setService(&domain.clients());
            QCOMPARE(lazy.totalCount(), n + 1);
            QCOMPARE(lazy.rowCount(), ClientListModel::kPageSize); // one page, not the caseload
            QVERIFY(lazy.canFetchMore({}));
            lazy.fetchMore({});
            QCOMPARE(lazy.rowCount(), ClientListModel::kPageSize * 2);
            while (lazy.canFetchMore({}))
                lazy.fetchMore({});
            QCOMPARE(lazy.rowCount(), n + 1);
            QVERIFY(!lazy.canFetchMore({}));
        }

        // Consistency under the tester (which itself fetches everything it can).
        ClientListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setService(&domain.clients());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), n + 1);

        model.setQuery(QStringLiteral("jose"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ClientListModel::NameColumn).data().toString(), QStringLiteral("José Ñandú (he/him)"));
        QVERIFY(!model.canFetchMore({}));
        model.setQuery(QStringLiteral("Legalname"));
        QCOMPARE(model.rowCount(), 0); // legal names only when asked
        model.setQuery(QStringLiteral("Legalname"), true);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("Josef Legalname")));

        // A new client reloads the list; an archived one leaves the current view.
        model.setQuery(QString());
        Client added;
        added.chosenName = QStringLiteral("Aaron First");
        auto id = domain.clients().create(added);
        QVERIFY(id.ok());
        QCOMPARE(model.totalCount(), n + 2);
        QCOMPARE(ClientListModel::clientIdAt(model.index(0, 0)), id.value());
        QVERIFY(domain.clients().setStatus(id.value(), ClientStatus::Archived).ok());
        QCOMPARE(model.totalCount(), n + 1);
        model.setStatusFilter(StatusFilter::Archived);
        QCOMPARE(model.rowCount(), 1);

        // Locking detaches the service and empties the model.
        model.setService(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void goalAndSessionLists()
    {
        QTemporaryDir tmp;
        auto created = test::createTestVault(tmp.filePath(QStringLiteral("v")));
        FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        Domain domain(created.vault->database(), clock);
        Client c;
        c.chosenName = QStringLiteral("Sam");
        const ClientId client = domain.clients().create(c).value();

        GoalListModel goals;
        QAbstractItemModelTester tester(&goals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        goals.setClient(&domain.goals(), client);
        QCOMPARE(goals.rowCount(), 0);
        GoalFields f;
        f.clientWords = QStringLiteral("Carry naloxone every day");
        f.lifeArea = LifeArea::Safety;
        const GoalId goal = domain.goals().create(client, f, {}).value();
        QCOMPARE(goals.rowCount(), 1);
        QVERIFY(goals.index(0).data().toString().startsWith(QStringLiteral("Carry naloxone every day")));
        QCOMPARE(GoalListModel::goalIdAt(goals.index(0)), goal);
        f.status = GoalStatus::Achieved;
        QVERIFY(domain.goals().revise(goal, f, {QString(), ClientAgreement::Yes, std::nullopt}).ok());
        QCOMPARE(goals.index(0).data(GoalListModel::StatusRole).toString(), QStringLiteral("achieved"));
        QCOMPARE(goals.index(0).data(GoalListModel::RevisionRole).toInt(), 2);

        SessionListModel sessions;
        QAbstractItemModelTester sessionTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionContent content;
        content.date = QDate(2026, 11, 19);
        QVERIFY(domain.sessions().createDraft(client, content).ok());
        sessions.setSessions(domain.sessions().sessionsForClient(client).value());
        QCOMPARE(sessions.rowCount(), 1);
        QVERIFY(sessions.index(0).data().toString().contains(QStringLiteral("draft")));
        QCOMPARE(sessions.index(0).data(SessionListModel::SignedRole).toBool(), false);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
