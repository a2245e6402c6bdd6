// SPDX-License-Identifier: GPL-3.0-or-later
// PositiveChangeService: the changes a person counts keep their words exactly as written (only the ends
// trimmed), in any script and with emoji; every refusal names its field and writes nothing; a correction is a
// new revision that keeps the earlier wording, and "entered in error" keeps the words but hides them from the
// timeline and the plan; nothing rewrites a revision, not even raw SQL; a change added in a draft goes when
// the draft is discarded, and everything goes when the person is removed for good; the audit log records
// what happened, never the words.
#include "crypto/KeySlot.h"
#include "domain/Domain.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "support/DomainFixture.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace continuum;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
const QDate kToday(2026, 3, 2);

class Env : public DomainFixture
{
public:
    Env()
        : DomainFixture(kNow, kToday)
    {}
    PositiveChangeService& changes() { return domain().positiveChanges(); }
};

QMap<QString, QStringList> dumpChangeTables(Database& db)
{
    QMap<QString, QStringList> out;
    for (const char* table : {"positive_changes", "positive_change_revisions", "audit_log"})
        out.insert(QLatin1String(table), dumpTable(db, table));
    return out;
}

QStringList wordsOf(const QList<PositiveChange>& changes)
{
    QStringList out;
    for (const PositiveChange& c : changes)
        out.append(c.current.words);
    return out;
}

NewPositiveChange change(ClientId client, const QString& words, std::optional<QDate> on = std::nullopt)
{
    NewPositiveChange c;
    c.client = client;
    c.words = words;
    c.noticedOn = on;
    return c;
}

enum class Bad {
    EmptyWords,
    BlankWords,
    WordsTooLong,
    DateAfterToday,
    DateNotPlausible,
    UnknownClient,
    SessionOfAnotherClient,
    UnknownSession,
    ContactOfAnotherClient,
    CodedContact,
    AnonymousContact,
    SessionAndContact,
};

} // namespace

class TestPositiveChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsAreKeptExactlyAsWritten_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        QTest::addRow("plain") << QStringLiteral("carried naloxone all week")
                               << QStringLiteral("carried naloxone all week");
        QTest::addRow("ends trimmed, inside kept") << QStringLiteral("  \tate breakfast  ,  then   lunch \n")
                                                   << QStringLiteral("ate breakfast  ,  then   lunch");
        QTest::addRow("lines kept") << QStringLiteral("used with a friend around\nand told her where I was")
                                    << QStringLiteral("used with a friend around\nand told her where I was");
        QTest::addRow("Spanish") << QStringLiteral("Dormí bajo techo tres noches; ¡sí!")
                                 << QStringLiteral("Dormí bajo techo tres noches; ¡sí!");
        QTest::addRow("other scripts") << QStringLiteral("Ἐγώ · 我每天吃早饭 · أكلت الفطور")
                                       << QStringLiteral("Ἐγώ · 我每天吃早饭 · أكلت الفطور");
        QTest::addRow("emoji") << QStringLiteral("called my sister 📞❤️ 👩🏽‍👧")
                               << QStringLiteral("called my sister 📞❤️ 👩🏽‍👧");
        QTest::addRow("slang and capitals")
            << QStringLiteral("DIDN'T use alone!! not once") << QStringLiteral("DIDN'T use alone!! not once");
    }
    void wordsAreKeptExactlyAsWritten()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        auto id = env.changes().add(change(client, typed, QDate(2026, 2, 20)));
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        auto read = env.changes().change(id.value());
        QVERIFY(read.ok());
        QCOMPARE(read->current.words, kept);
        QCOMPARE(read->current.noticedOn, QDate(2026, 2, 20));
        QCOMPARE(read->client, client);
        auto listed = env.changes().changesOfClient(client);
        QVERIFY(listed.ok());
        QCOMPARE(wordsOf(listed.value()), QStringList{kept});
        // Byte for byte in the vault, too.
        auto stored = env.db().queryText("SELECT words FROM positive_change_revisions");
        QCOMPARE(stored.value(), kept);
    }

    void aNewChangeIsForTodayOffThePlanAndSignedByTheCounselor()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.domain().counselor().setCounselor({QStringLiteral("Jordan Lee"), QStringLiteral("CADC")}).ok());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        auto id = env.changes().add(change(client, QStringLiteral("ate breakfast")));
        QVERIFY(id.ok());
        auto c = env.changes().change(id.value());
        QVERIFY(c.ok());
        QCOMPARE(c->current.noticedOn, kToday);
        QCOMPARE(c->current.onPlan, false);
        QCOMPARE(c->current.number, 1);
        QCOMPARE(c->current.enteredInError, false);
        QCOMPARE(c->createdBy, QStringLiteral("Jordan Lee, CADC"));
        QCOMPARE(c->createdAt, kNow);
        QCOMPARE(c->addedIn, AddedIn{});
        QVERIFY(!c->uuid.isNull());
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<Bad>("bad");
        QTest::addColumn<int>("code");
        QTest::addColumn<FieldReason>("failure");
        const int validation = int(ErrorCode::Validation);
        QTest::addRow("empty words") << Bad::EmptyWords << validation
                                     << FieldReason{Field::ChangeWords, ValidationReason::Required};
        QTest::addRow("blank words") << Bad::BlankWords << validation
                                     << FieldReason{Field::ChangeWords, ValidationReason::Required};
        QTest::addRow("too long") << Bad::WordsTooLong << validation
                                  << FieldReason{Field::ChangeWords, ValidationReason::TooLong};
        QTest::addRow("after today") << Bad::DateAfterToday << validation
                                     << FieldReason{Field::ChangeDate, ValidationReason::InTheFuture};
        QTest::addRow("not plausible") << Bad::DateNotPlausible << validation
                                       << FieldReason{Field::ChangeDate, ValidationReason::NotPlausible};
        QTest::addRow("unknown client") << Bad::UnknownClient << validation
                                        << FieldReason{Field::Client, ValidationReason::NoSuchRecord};
        QTest::addRow("someone else's session") << Bad::SessionOfAnotherClient << validation
                                                << FieldReason{Field::Session, ValidationReason::NotThisClients};
        QTest::addRow("unknown session") << Bad::UnknownSession << validation
                                         << FieldReason{Field::Session, ValidationReason::NotThisClients};
        QTest::addRow("someone else's contact") << Bad::ContactOfAnotherClient << validation
                                                << FieldReason{Field::ChangeContact, ValidationReason::NotThisClients};
        QTest::addRow("coded contact") << Bad::CodedContact << validation
                                       << FieldReason{Field::ChangeContact, ValidationReason::NotThisClients};
        QTest::addRow("anonymous contact") << Bad::AnonymousContact << validation
                                           << FieldReason{Field::ChangeContact, ValidationReason::NotThisClients};
        QTest::addRow("session and contact") << Bad::SessionAndContact << validation
                                             << FieldReason{Field::ChangeContact, ValidationReason::NotThisClients};
    }
    void refusalsWriteNothing()
    {
        QFETCH(Bad, bad);
        QFETCH(int, code);
        QFETCH(FieldReason, failure);
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        const ClientId other = env.addClient(QStringLiteral("Sam"));
        const SessionId othersSession = env.addDraft(other);
        const SessionId ownSession = env.addDraft(client);
        const ContactId othersContact = env.addContact(ContactIdentity::Known, other);
        const ContactId ownContact = env.addContact(ContactIdentity::Known, client);
        const ContactId coded = env.addContact(ContactIdentity::Coded, std::nullopt, QStringLiteral("RAE-12"));
        const ContactId anonymous = env.addContact(ContactIdentity::Anonymous, std::nullopt);
        QVERIFY(!othersContact.isNull() && !ownContact.isNull() && !coded.isNull() && !anonymous.isNull());
        // One change already there: a refusal leaves it as it is.
        QVERIFY(env.changes().add(change(client, QStringLiteral("ate breakfast"))).ok());

        NewPositiveChange c = change(client, QStringLiteral("carried naloxone all week"));
        switch (bad) {
        case Bad::EmptyWords: c.words.clear(); break;
        case Bad::BlankWords: c.words = QStringLiteral(" \t\n "); break;
        case Bad::WordsTooLong: c.words = QString(PositiveChangeService::kMaxWords + 1, QLatin1Char('a')); break;
        case Bad::DateAfterToday: c.noticedOn = kToday.addDays(1); break;
        case Bad::DateNotPlausible: c.noticedOn = QDate(1850, 1, 1); break;
        case Bad::UnknownClient: c.client = ClientId(9999); break;
        case Bad::SessionOfAnotherClient: c.session = othersSession; break;
        case Bad::UnknownSession: c.session = SessionId(9999); break;
        case Bad::ContactOfAnotherClient: c.contact = othersContact; break;
        case Bad::CodedContact: c.contact = coded; break;
        case Bad::AnonymousContact: c.contact = anonymous; break;
        case Bad::SessionAndContact:
            c.session = ownSession;
            c.contact = ownContact;
            break;
        }
        const auto before = dumpChangeTables(env.db());
        QSignalSpy changed(&env.changes(), &PositiveChangeService::positiveChangeChanged);
        QCOMPARE(env.changes().check(c).code(), ErrorCode(code));
        auto id = env.changes().add(c);
        QVERIFY(!id.ok());
        QCOMPARE(int(id.code()), code);
        QCOMPARE(id.error().failure(), failure);
        QCOMPARE(dumpChangeTables(env.db()), before);
        QCOMPARE(changed.count(), 0);
    }

    void theLongestWordsFit()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        // kMaxWords UTF-16 units of emoji is half as many characters: the schema's limit never refuses first.
        QString words;
        while (words.size() < PositiveChangeService::kMaxWords)
            words += QStringLiteral("🙂");
        QCOMPARE(words.size(), PositiveChangeService::kMaxWords);
        QVERIFY(env.changes().add(change(client, words)).ok());
        QVERIFY(env.changes().add(change(client, QString(PositiveChangeService::kMaxWords, QChar(0x00F1)))).ok());
    }

    void aCorrectionKeepsTheEarlierWording()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        auto id = env.changes().add(change(client, QStringLiteral("carried naloxne all week"), QDate(2026, 2, 1)));
        QVERIFY(id.ok());
        const QString reason = QStringLiteral("typo; they read it back");
        const Status s = env.changes().correct(
            id.value(), {QStringLiteral("carried naloxone all week"), QDate(2026, 2, 1), false}, reason);
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        auto now = env.changes().change(id.value());
        QCOMPARE(now->current.words, QStringLiteral("carried naloxone all week"));
        QCOMPARE(now->current.number, 2);
        auto history = env.changes().history(id.value());
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).words, QStringLiteral("carried naloxne all week"));
        QCOMPARE(history->at(0).reason, QString());
        QCOMPARE(history->at(1).words, QStringLiteral("carried naloxone all week"));
        QCOMPARE(history->at(1).reason, reason);
        // The timeline shows the change once, as it stands.
        QCOMPARE(wordsOf(env.changes().changesOfClient(client).value()),
                 QStringList{QStringLiteral("carried naloxone all week")});
    }

    void newWordsOrADateNeedAReasonButThePlanDoesNot()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        auto id = env.changes().add(change(client, QStringLiteral("ate breakfast"), QDate(2026, 2, 1)));
        QVERIFY(id.ok());
        const auto before = dumpChangeTables(env.db());
        Status s = env.changes().correct(id.value(), {QStringLiteral("ate breakfast daily"), QDate(2026, 2, 1), false},
                                         QStringLiteral("   "));
        QCOMPARE(s.error().failure(), (FieldReason{Field::ChangeReason, ValidationReason::NeedsReason}));
        s = env.changes().correct(id.value(), {QStringLiteral("ate breakfast"), QDate(2026, 2, 3), false});
        QCOMPARE(s.error().failure(), (FieldReason{Field::ChangeReason, ValidationReason::NeedsReason}));
        s = env.changes().correct(id.value(), {QStringLiteral("ate breakfast"), QDate(2026, 2, 1), false});
        QCOMPARE(s.error().failure(), (FieldReason{Field::ChangeCorrection, ValidationReason::NothingChanged}));
        s = env.changes().correct(id.value(), {QString(), QDate(2026, 2, 1), false}, QStringLiteral("why"));
        QCOMPARE(s.error().failure(), (FieldReason{Field::ChangeWords, ValidationReason::Required}));
        QCOMPARE(dumpChangeTables(env.db()), before);

        // On the plan and off again: the person's choice, recorded, no reason asked.
        QVERIFY(env.changes().setOnPlan(id.value(), true).ok());
        QCOMPARE(env.changes().change(id.value())->current.onPlan, true);
        QVERIFY(env.changes().setOnPlan(id.value(), false).ok());
        auto history = env.changes().history(id.value());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(1).onPlan, true);
        QCOMPARE(history->at(2).onPlan, false);
        QCOMPARE(history->at(2).words, QStringLiteral("ate breakfast"));
        QCOMPARE(env.changes().correct(PositiveChangeId(999), {QStringLiteral("x"), kToday, false}).code(),
                 ErrorCode::NotFound);
    }

    void enteredInErrorIsKeptButHidden()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        NewPositiveChange wrong = change(client, QStringLiteral("said on the wrong person's page"));
        wrong.onPlan = true;
        auto id = env.changes().add(wrong);
        NewPositiveChange right = change(client, QStringLiteral("ate breakfast"));
        right.onPlan = true;
        QVERIFY(env.changes().add(right).ok());
        QVERIFY(id.ok());

        const auto before = dumpChangeTables(env.db());
        QCOMPARE(env.changes().markEnteredInError(id.value(), QStringLiteral(" ")).error().failure(),
                 (FieldReason{Field::ChangeReason, ValidationReason::NeedsReason}));
        QCOMPARE(dumpChangeTables(env.db()), before);
        const QString reason = QStringLiteral("belongs to someone else");
        QVERIFY(env.changes().markEnteredInError(id.value(), reason).ok());

        // Kept, words and all; no longer on the timeline or the plan.
        auto kept = env.changes().change(id.value());
        QVERIFY(kept.ok());
        QCOMPARE(kept->current.enteredInError, true);
        QCOMPARE(kept->current.words, QStringLiteral("said on the wrong person's page"));
        QCOMPARE(kept->current.reason, reason);
        QCOMPARE(wordsOf(env.changes().changesOfClient(client).value()), QStringList{QStringLiteral("ate breakfast")});
        QCOMPARE(env.changes().changesOfClient(client, EnteredInError::Show)->size(), 2);
        auto plan = env.changes().planChanges(client, 10);
        QCOMPARE(wordsOf(plan->shown), QStringList{QStringLiteral("ate breakfast")});
        QCOMPARE(plan->notShown, 0);

        // Nothing follows it.
        const auto after = dumpChangeTables(env.db());
        QCOMPARE(env.changes().markEnteredInError(id.value(), reason).error().failure(),
                 (FieldReason{Field::ChangeCorrection, ValidationReason::AlreadyDone}));
        QCOMPARE(env.changes().correct(id.value(), {QStringLiteral("x"), kToday, true}, reason).error().failure(),
                 (FieldReason{Field::ChangeCorrection, ValidationReason::AlreadyDone}));
        QCOMPARE(dumpChangeTables(env.db()), after);
        // Not even by hand.
        QCOMPARE(env.db()
                     .exec("INSERT INTO positive_change_revisions (change_id, revision, words, noticed_on, on_plan, "
                           "revised_at, revised_by) SELECT id, current_revision + 1, 'back', '2026-03-01', 1, 'x', 'y' "
                           "FROM positive_changes WHERE id = " +
                           std::to_string(id->value))
                     .code(),
                 ErrorCode::Constraint);
    }

    void rawSqlCannotRewriteAChange_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("revision words") << QStringLiteral("UPDATE positive_change_revisions SET words = 'other'");
        QTest::addRow("revision date") << QStringLiteral(
            "UPDATE positive_change_revisions SET noticed_on = '2020-01-01'");
        QTest::addRow("revision status") << QStringLiteral(
            "UPDATE positive_change_revisions SET status = 'entered_in_error', reason = 'x'");
        QTest::addRow("delete revision") << QStringLiteral("DELETE FROM positive_change_revisions");
        QTest::addRow("delete change") << QStringLiteral("DELETE FROM positive_changes");
        QTest::addRow("another person") << QStringLiteral("UPDATE positive_changes SET client_id = client_id + 1");
        QTest::addRow("back a revision") << QStringLiteral("UPDATE positive_changes SET current_revision = 1");
        QTest::addRow("skip a revision") << QStringLiteral(
            "INSERT INTO positive_change_revisions (change_id, revision, words, noticed_on, on_plan, "
            "revised_at, revised_by) VALUES (1, 5, 'w', '2026-03-01', 0, 'x', 'y')");
        QTest::addRow("not a date") << QStringLiteral(
            "INSERT INTO positive_change_revisions (change_id, revision, words, noticed_on, on_plan, "
            "revised_at, revised_by) VALUES (1, 3, 'w', '2026-02-30', 0, 'x', 'y')");
        QTest::addRow("blank words") << QStringLiteral(
            "INSERT INTO positive_change_revisions (change_id, revision, words, noticed_on, on_plan, "
            "revised_at, revised_by) VALUES (1, 3, '   ', '2026-03-01', 0, 'x', 'y')");
        QTest::addRow("unlink the session") << QStringLiteral("UPDATE positive_changes SET session_id = NULL");
    }
    void rawSqlCannotRewriteAChange()
    {
        QFETCH(QString, sql);
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        env.addClient(QStringLiteral("Sam"));
        NewPositiveChange c = change(client, QStringLiteral("ate breakfast"));
        c.session = env.addDraft(client);
        auto id = env.changes().add(c);
        QVERIFY(id.ok());
        QVERIFY(env.changes().setOnPlan(id.value(), true).ok());
        const auto before = dumpChangeTables(env.db());
        const Status s = env.db().exec(sql.toStdString());
        QCOMPARE(s.code(), ErrorCode::Constraint);
        QCOMPARE(dumpChangeTables(env.db()), before);
    }

    void addedInASessionOrAContact()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.domain().counselor().setCounselor({QStringLiteral("Jordan Lee"), QString()}).ok());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        const SessionId draft = env.addDraft(client, QDate(2026, 2, 27));
        const SessionId signedSession = env.addDraft(client, QDate(2026, 2, 20));
        QVERIFY(env.domain().sessions().sign(signedSession).ok());
        const ContactId contact = env.addContact(ContactIdentity::Known, client);

        NewPositiveChange inDraft = change(client, QStringLiteral("ate breakfast"));
        inDraft.session = draft;
        NewPositiveChange inSigned = change(client, QStringLiteral("slept indoors"), QDate(2026, 2, 19));
        inSigned.session = signedSession;
        NewPositiveChange inContact = change(client, QStringLiteral("carried naloxone"), QDate(2026, 2, 28));
        inContact.contact = contact;
        auto a = env.changes().add(inDraft);
        auto b = env.changes().add(inSigned);
        auto c = env.changes().add(inContact);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(env.changes().change(a.value())->addedIn, (AddedIn{draft, std::nullopt, QDate(2026, 2, 27)}));
        QCOMPARE(env.changes().change(b.value())->addedIn, (AddedIn{signedSession, std::nullopt, QDate(2026, 2, 20)}));
        QCOMPARE(env.changes().change(c.value())->addedIn, (AddedIn{std::nullopt, contact, QDate(2026, 2, 28)}));
        QCOMPARE(wordsOf(env.changes().changesOfSession(draft).value()), QStringList{QStringLiteral("ate breakfast")});
        QCOMPARE(wordsOf(env.changes().changesOfSession(signedSession).value()),
                 QStringList{QStringLiteral("slept indoors")});
        // Newest first by the day it happened.
        QCOMPARE(wordsOf(env.changes().changesOfClient(client).value()),
                 (QStringList{QStringLiteral("ate breakfast"), QStringLiteral("carried naloxone"),
                              QStringLiteral("slept indoors")}));
        // The signed session itself is untouched.
        QVERIFY(env.domain().sessions().session(signedSession)->isSigned());
    }

    void discardingADraftTakesItsChangesAlong()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        const SessionId draft = env.addDraft(client);
        const SessionId kept = env.addDraft(client);
        NewPositiveChange inDraft = change(client, QStringLiteral("said in the discarded draft"));
        inDraft.session = draft;
        auto gone = env.changes().add(inDraft);
        QVERIFY(gone.ok());
        // Corrected too: every revision goes with it.
        QVERIFY(env.changes()
                    .correct(gone.value(), {QStringLiteral("said in the discarded draft!"), kToday, true},
                             QStringLiteral("their wording"))
                    .ok());
        NewPositiveChange inOther = change(client, QStringLiteral("said in the other draft"));
        inOther.session = kept;
        QVERIFY(env.changes().add(inOther).ok());
        QVERIFY(env.changes().add(change(client, QStringLiteral("said on the page"))).ok());
        const qint64 auditBefore = rowCount(env.db(), "audit_log");

        QVERIFY(env.domain().sessions().discardDraft(draft).ok());
        QCOMPARE(env.changes().change(gone.value()).code(), ErrorCode::NotFound);
        QCOMPARE(wordsOf(env.changes().changesOfClient(client, EnteredInError::Show).value()),
                 (QStringList{QStringLiteral("said on the page"), QStringLiteral("said in the other draft")}));
        QCOMPARE(rowCount(env.db(), "positive_change_revisions"), 2);
        // The audit log keeps that it happened (and the discard), never what was said.
        QVERIFY(rowCount(env.db(), "audit_log") > auditBefore);
        for (const QString& row : dumpTable(env.db(), "audit_log"))
            QVERIFY2(!row.contains(QStringLiteral("discarded draft")), qPrintable(row));
    }

    void removingAPersonForGoodTakesTheirChanges()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.domain().counselor().setCounselor({QStringLiteral("Jordan Lee"), QString()}).ok());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        const ClientId sam = env.addClient(QStringLiteral("Sam"));
        const SessionId signedSession = env.addDraft(rae);
        QVERIFY(env.domain().sessions().sign(signedSession).ok());
        NewPositiveChange inSession = change(rae, QStringLiteral("Rae's change in a signed session"));
        inSession.session = signedSession;
        QVERIFY(env.changes().add(inSession).ok());
        const ContactId raesContact = env.addContact(ContactIdentity::Known, rae);
        NewPositiveChange inContact = change(rae, QStringLiteral("Rae's change in a contact"));
        inContact.contact = raesContact;
        QVERIFY(env.changes().add(inContact).ok());
        QVERIFY(env.changes().add(change(rae, QStringLiteral("Rae's change on the page"))).ok());
        // Sam's change was added in a contact that was later corrected to name Rae: when Rae goes, the contact
        // goes, and Sam's change stays, without the link.
        const ContactId shared = env.addContact(ContactIdentity::Known, sam);
        NewPositiveChange samsChange = change(sam, QStringLiteral("Sam's change"));
        samsChange.contact = shared;
        auto sams = env.changes().add(samsChange);
        QVERIFY(sams.ok());
        ContactDraft moved = env.domain().contacts().contact(shared)->current.fields;
        moved.client = rae;
        QVERIFY(env.domain().contacts().correct(shared, moved, QStringLiteral("it was Rae")).ok());

        const Status purged = env.domain().clients().purge(rae, QStringLiteral("Rae"));
        QVERIFY2(purged.ok(), qPrintable(purged.error().detail));
        QCOMPARE(rowCount(env.db(), "positive_changes"), 1);
        QCOMPARE(rowCount(env.db(), "positive_change_revisions"), 1);
        auto left = env.changes().change(sams.value());
        QVERIFY(left.ok());
        QCOMPARE(left->current.words, QStringLiteral("Sam's change"));
        QCOMPARE(left->addedIn, AddedIn{});
        for (const QString& row : dumpTable(env.db(), "positive_change_revisions"))
            QVERIFY2(!row.contains(QStringLiteral("Rae")), qPrintable(row));
    }

    void thePlanShowsTheNewestAndCountsTheRest()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        for (int day = 1; day <= 9; ++day) {
            NewPositiveChange c = change(client, QStringLiteral("change on day %1").arg(day), QDate(2026, 2, day));
            c.onPlan = day != 5; // the person left one off
            QVERIFY(env.changes().add(c).ok());
        }
        auto plan = env.changes().planChanges(client, 3);
        QVERIFY(plan.ok());
        QCOMPARE(wordsOf(plan->shown),
                 (QStringList{QStringLiteral("change on day 9"), QStringLiteral("change on day 8"),
                              QStringLiteral("change on day 7")}));
        QCOMPARE(plan->notShown, 5);
        auto all = env.changes().planChanges(client, 100);
        QCOMPARE(all->shown.size(), 8);
        QCOMPARE(all->notShown, 0);
        QVERIFY(!wordsOf(all->shown).contains(QStringLiteral("change on day 5")));
        auto none = env.changes().planChanges(env.addClient(QStringLiteral("Sam")), 3);
        QVERIFY(none.ok());
        QVERIFY(none->shown.isEmpty());
        QCOMPARE(none->notShown, 0);
    }

    void signalNamesThePerson()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        QSignalSpy changed(&env.changes(), &PositiveChangeService::positiveChangeChanged);
        auto id = env.changes().add(change(client, QStringLiteral("ate breakfast")));
        QVERIFY(env.changes().setOnPlan(id.value(), true).ok());
        QVERIFY(env.changes().markEnteredInError(id.value(), QStringLiteral("wrong")).ok());
        QCOMPARE(changed.count(), 3);
        for (const QList<QVariant>& args : changed) {
            QCOMPARE(args.at(0).value<ClientId>(), client);
            QCOMPARE(args.at(1).value<PositiveChangeId>(), id.value());
        }
    }

    void aVaultFromBeforeMigration11TakesChangesAndSteps()
    {
        // The schema as the version before this one left it, with a person, a goal and a draft, written as that
        // version wrote them (the services of this build write the columns of later migrations).
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        auto opened = Database::open(tmp.filePath(QStringLiteral("old.db")), Database::OpenMode::ReadWriteCreate);
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        Database& db = opened.value();
        QVERIFY(db.key(generateDataKey()).ok());
        QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());
        QVERIFY(migrate(db, schemaMigrations(), 10).ok());
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), 10);
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'positive_changes'").value(), 0);
        FixedClock clock(kNow);
        clock.setToday(kToday);
        for (const char* sql :
             {"INSERT INTO clients (id, uuid, chosen_name, sort_key, created_at, updated_at) "
              "VALUES (1, '00000000-0000-0000-0000-000000000001', 'Rae', 'rae', 'x', 'x')",
              "INSERT INTO goals (id, uuid, client_id, created_at, current_revision, status) "
              "VALUES (11, '00000000-0000-0000-0000-000000000011', 1, '2026-01-01T10:00:00.000Z', 1, 'active')",
              "INSERT INTO goal_revisions (goal_id, revision, client_words, life_area, status, revised_at, revised_by) "
              "VALUES (11, 1, 'A door that locks', 'housing', 'active', '2026-01-01T10:00:00.000Z', 'x')",
              "INSERT INTO sessions (id, uuid, client_id, session_date, note_format, created_at, updated_at) "
              "VALUES (5, '00000000-0000-0000-0000-000000000005', 1, '2026-02-01', 'free', 'x', 'x')"}) {
            const Status s = db.exec(sql);
            QVERIFY2(s.ok(), qPrintable(s.error().detail));
        }
        const Status up = migrate(db, schemaMigrations());
        QVERIFY2(up.ok(), qPrintable(up.error().detail));
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), latestSchemaVersion());

        Domain domain(db, clock);
        NewPositiveChange inDraft = change(ClientId(1), QStringLiteral("slept indoors"));
        inDraft.session = SessionId(5);
        auto id = domain.positiveChanges().add(inDraft);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        QCOMPARE(domain.positiveChanges().change(id.value())->addedIn.on, std::optional<QDate>(QDate(2026, 2, 1)));
        QVERIFY(domain.ladders().setSteps(GoalId(11), {QStringLiteral("Call the housing line")}).ok());
        NewLadderMark mark;
        mark.goal = GoalId(11);
        mark.session = SessionId(5);
        QVERIFY(domain.ladders().mark(mark).ok());
        // The draft from before the upgrade is discarded like any other: it takes what was added in it.
        QVERIFY(domain.sessions().discardDraft(SessionId(5)).ok());
        QCOMPARE(rowCount(db, "positive_changes"), 0);
        QCOMPARE(rowCount(db, "ladder_marks"), 0);
        QCOMPARE(rowCount(db, "ladder_revisions"), 1);
    }

    void theAuditLogHoldsNoWords()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        const QString words = QStringLiteral("used with a friend around");
        const QString corrected = QStringLiteral("used with Marco around, every time");
        const QString reason = QStringLiteral("they said it was Marco");
        const QString errorReason = QStringLiteral("Marco asked us not to write his name");
        auto id = env.changes().add(change(client, words, QDate(2026, 1, 17)));
        QVERIFY(env.changes().correct(id.value(), {corrected, QDate(2026, 1, 17), true}, reason).ok());
        QVERIFY(env.changes().markEnteredInError(id.value(), errorReason).ok());
        const QUuid uuid = env.changes().change(id.value())->uuid;
        QStringList actions;
        QStringList details;
        const auto all = env.domain().audit().entries(0, 1000);
        QVERIFY(all.ok());
        for (const AuditEntry& e : all.value()) {
            if (e.recordUuid != uuid)
                continue;
            actions.prepend(e.action);
            details.prepend(e.detail);
            QCOMPARE(e.recordType, QStringLiteral("positive-change"));
            QCOMPARE(e.clientId, std::optional<ClientId>(client));
        }
        QCOMPARE(actions, (QStringList{VoiceAuditAction::AddChange, VoiceAuditAction::CorrectChange,
                                       VoiceAuditAction::EnteredInError}));
        QCOMPARE(details, (QStringList{QStringLiteral("revision 1"), QStringLiteral("revision 2"),
                                       QStringLiteral("revision 3")}));
        for (const QString& row : dumpTable(env.db(), "audit_log")) {
            for (const QString& w :
                 {words, corrected, reason, errorReason, QStringLiteral("Marco"), QStringLiteral("2026-01-17")})
                QVERIFY2(!row.contains(w, Qt::CaseInsensitive), qPrintable(row));
        }
    }
};

QTEST_GUILESS_MAIN(TestPositiveChanges)
#include "tst_positivechanges.moc"
