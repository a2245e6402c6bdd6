// SPDX-License-Identifier: GPL-3.0-or-later
// The session workflow without a window: a draft autosaves on a hand-driven timer, is saved as the vault
// locks, reopens, is signed and takes an addendum; the workspace announces what changed and audits the
// vault-level actions.
#include "domain/Domain.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "workspace/SessionDraftController.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(15, 30), Qt::UTC);

SessionContent contentOn(QDate date, const QString& note)
{
    SessionContent c;
    c.date = date;
    c.noteFormat = NoteFormat::Free;
    c.note = {{QStringLiteral("note"), note}};
    return c;
}

QStringList auditActions(Workspace& ws)
{
    QStringList out;
    auto entries = ws.domain().audit().entries(0, 100);
    if (!entries)
        return {entries.error().detail};
    for (const AuditEntry& e : entries.value())
        out.prepend(e.action); // oldest first
    return out;
}

/// A vault with one client and a named counselor, locked, ready to be opened in a workspace.
struct Fixture {
    QTemporaryDir tmp;
    QString dir;
    ClientId client;

    Fixture()
    {
        dir = tmp.filePath(QStringLiteral("vault"));
        auto created = createTestVault(dir);
        FixedClock clock(kNow);
        Domain domain(created.vault->database(), clock);
        Client c;
        c.chosenName = QStringLiteral("Rosa");
        client = domain.clients().create(c).value();
        if (!domain.counselor().setCounselor({QStringLiteral("Sam Okafor"), QStringLiteral("LCSW")}))
            qFatal("cannot name the counselor");
    }
    std::unique_ptr<Vault> unlock() const { return Vault::unlock(dir, secret(testPassphrase())).value(); }
};

} // namespace

class TestSessionDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draftAutosaveLockUnlockSignAddendum()
    {
        Fixture f;
        FixedClock clock(kNow);
        Workspace ws(clock);
        QVERIFY(ws.open(f.unlock(), {false, {}, QStringLiteral("test")}).ok());
        QSignalSpy drafts(&ws, &Workspace::draftSaved);
        QSignalSpy changes(&ws, &Workspace::recordChanged);

        auto timer = std::make_unique<ManualTimer>();
        ManualTimer* tick = timer.get();
        SessionId id;
        {
            SessionDraftController draft(ws, f.client, SessionId(), std::move(timer));
            QVERIFY(!draft.isDirty());
            QVERIFY(!tick->isActive());
            draft.edit(contentOn(clock.today(), QStringLiteral("first words")));
            QVERIFY(draft.isDirty());
            QVERIFY(tick->isActive());
            QCOMPARE(tick->interval(), SessionDraftController::kAutosaveMs);
            QCOMPARE(draft.sessionId(), SessionId(0)); // nothing written before the timer runs out

            QVERIFY(tick->fire()); // autosave
            QVERIFY(!draft.isDirty());
            QVERIFY(!draft.sessionId().isNull());
            QCOMPARE(draft.lastSavedAt(), std::optional<QDateTime>(kNow));
            QCOMPARE(drafts.count(), 1);
            QCOMPARE(changes.count(), 0); // an autosave is not a change to the work lists
            id = draft.sessionId();

            // Typed more, then the vault locks before the timer runs out: saved as it stands.
            draft.edit(contentOn(clock.today(), QStringLiteral("first words, and more")));
            QSignalSpy locking(&ws, &Workspace::aboutToLock);
            QSignalSpy lockedSpy(&ws, &Workspace::locked);
            ws.lock();
            QCOMPARE(locking.count(), 1);
            QCOMPARE(lockedSpy.count(), 1);
            QVERIFY(!ws.isOpen());
            QVERIFY(!draft.isAttached());
            QVERIFY(!draft.isDirty());
            QCOMPARE(drafts.count(), 2);
            // Locked: every action answers Locked, none reaches the closed vault.
            QCOMPARE(draft.saveNow().code(), ErrorCode::Locked);
            QCOMPARE(draft.sign().code(), ErrorCode::Locked);
        }

        QVERIFY(ws.open(f.unlock(), {false, {}, QStringLiteral("test")}).ok());
        SessionDraftController reopened(ws, f.client, id, std::make_unique<ManualTimer>());
        QVERIFY(reopened.load().ok());
        QCOMPARE(reopened.content().note.value(0).body, QStringLiteral("first words, and more"));
        QVERIFY(!reopened.isSigned());

        QVERIFY2(reopened.sign().ok(), "sign");
        QVERIFY(reopened.isSigned());
        QCOMPARE(reopened.record().signedBy, QStringLiteral("Sam Okafor, LCSW"));
        QCOMPARE(changes.count(), 1); // signing changes what the work lists show
        // Signed: edits are ignored, only addenda follow.
        reopened.edit(contentOn(clock.today(), QStringLiteral("rewritten")));
        QVERIFY(!reopened.isDirty());
        auto number = reopened.addAddendum(QStringLiteral("Called back the next day."));
        QVERIFY(number.ok());
        QCOMPARE(number.value(), 1);
        QCOMPARE(reopened.record().addenda.size(), 1);
        QCOMPARE(reopened.record().content.note.value(0).body, QStringLiteral("first words, and more"));
    }

    void aRefusedFollowUpIsKeptAsTextWhenTheVaultLocks()
    {
        Fixture f;
        FixedClock clock(kNow);
        Workspace ws(clock);
        QVERIFY(ws.open(f.unlock(), {}).ok());
        auto timer = std::make_unique<ManualTimer>();
        SessionDraftController draft(ws, f.client, SessionId(), std::move(timer));
        draft.followUpMovedNote = [](QDate d) -> QString { return QStringLiteral("moved:") + d.toString(Qt::ISODate); };
        SessionContent c = contentOn(clock.today(), QStringLiteral("words"));
        c.followUp = clock.today().addDays(-3);
        draft.edit(c);
        QSignalSpy failed(&draft, &SessionDraftController::saveFailed);
        QCOMPARE(draft.saveNow().code(), ErrorCode::Validation);
        QCOMPARE(failed.count(), 1);
        QVERIFY(draft.lastError().has_value());
        QCOMPARE(draft.lastError()->failure(), FieldReason(Field::FollowUp, ValidationReason::BeforeSessionDate));
        QVERIFY(draft.isDirty());
        const SessionId before = draft.sessionId();
        QCOMPARE(before, SessionId(0));
        ws.lock();
        QVERIFY(!draft.isDirty());
        QVERIFY(!draft.lastError().has_value());
        QVERIFY(ws.open(f.unlock(), {}).ok());
        auto stored = ws.domain().sessions().session(draft.sessionId());
        QVERIFY(stored.ok());
        QVERIFY(!stored->content.followUp.has_value());
        QCOMPARE(stored->content.nextSteps, QStringLiteral("moved:") + clock.today().addDays(-3).toString(Qt::ISODate));
    }

    // An idle lock with a New Session window open saves the draft (nothing typed is lost), and that
    // draft is no contact: the person stays overdue and not seen, their follow-up as it was.
    void anIdleLockWithADraftOpenIsNoContact_data()
    {
        QTest::addColumn<bool>("withFollowUp");
        QTest::addRow("bare draft") << false;
        QTest::addRow("draft with a new follow-up") << true;
    }

    void anIdleLockWithADraftOpenIsNoContact()
    {
        QFETCH(bool, withFollowUp);
        Fixture f;
        FixedClock clock(kNow.addDays(-40));
        Workspace ws(clock);
        QVERIFY(ws.open(f.unlock(), {}).ok());
        SessionContent seen = contentOn(clock.today(), QStringLiteral("we met at the van"));
        seen.followUp = clock.today().addDays(30);
        auto signedId = ws.domain().sessions().createDraft(f.client, seen);
        QVERIFY(signedId.ok());
        QVERIFY(ws.domain().sessions().sign(signedId.value()).ok());
        clock.set(kNow);
        const QDate today = clock.today();
        const FollowUpItem overdue{f.client, QStringLiteral("Rosa"), QString(), signedId.value(),
                                   seen.followUp.value()};
        const NotSeenItem notSeen{f.client, QStringLiteral("Rosa"), QString(), seen.date, 40};
        QCOMPARE(ws.domain().caseload().followUpsOverdue().value(), QList<FollowUpItem>{overdue});

        SessionDraftController draft(ws, f.client, SessionId(), std::make_unique<ManualTimer>());
        SessionContent c = contentOn(today, QStringLiteral("started, then the phone rang"));
        if (withFollowUp)
            c.followUp = today.addDays(7);
        draft.edit(c);
        ws.lock(); // as the idle timer does
        QVERIFY(!draft.sessionId().isNull());

        QVERIFY(ws.open(f.unlock(), {}).ok());
        CaseloadQueries& q = ws.domain().caseload();
        QCOMPARE(q.followUpsOverdue().value(), QList<FollowUpItem>{overdue});
        QCOMPARE(q.followUpsThisWeek().value(), QList<FollowUpItem>());
        QCOMPARE(q.notSeenFor(30).value(), QList<NotSeenItem>{notSeen});
        auto drafts = q.drafts();
        QVERIFY(drafts.ok());
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().sessionId, draft.sessionId());
        QCOMPARE(drafts->first().daysOld, 0);
        auto stored = ws.domain().sessions().session(draft.sessionId());
        QVERIFY(stored.ok());
        QCOMPARE(stored->content.note.value(0).body, QStringLiteral("started, then the phone rang"));
    }

    void discardThroughTheController()
    {
        Fixture f;
        FixedClock clock(kNow);
        Workspace ws(clock);
        QVERIFY(ws.open(f.unlock(), {}).ok());
        const auto discards = [&ws] { return auditActions(ws).count(AuditAction::DiscardDraft); };

        // Opened by mistake, never saved: nothing to remove, nothing recorded, and nothing saved after.
        {
            auto timer = std::make_unique<ManualTimer>();
            ManualTimer* tick = timer.get();
            SessionDraftController draft(ws, f.client, SessionId(), std::move(timer));
            draft.edit(contentOn(clock.today(), QStringLiteral("oops")));
            QSignalSpy gone(&draft, &SessionDraftController::discarded);
            QVERIFY(draft.discard().ok());
            QCOMPARE(gone.count(), 1);
            QVERIFY(draft.isDiscarded());
            QVERIFY(!draft.isDirty());
            QVERIFY(!tick->isActive());
            draft.edit(contentOn(clock.today(), QStringLiteral("typed after")));
            QVERIFY(!draft.isDirty());
            QVERIFY(draft.saveNow().ok());
            QCOMPARE(draft.sign().code(), ErrorCode::NotFound);
            QCOMPARE(draft.sessionId(), SessionId(0));
            QCOMPARE(ws.domain().sessions().sessionsForClient(f.client)->size(), 0);
            QCOMPARE(discards(), 0);
        }

        // Saved, then discarded: gone, recorded once, and the work lists hear of it.
        {
            auto timer = std::make_unique<ManualTimer>();
            ManualTimer* tick = timer.get();
            SessionDraftController draft(ws, f.client, SessionId(), std::move(timer));
            draft.edit(contentOn(clock.today(), QStringLiteral("the wrong person")));
            QVERIFY(tick->fire());
            const SessionId id = draft.sessionId();
            QVERIFY(!id.isNull());
            QSignalSpy changes(&ws, &Workspace::recordChanged);
            QVERIFY(draft.discard().ok());
            QCOMPARE(ws.domain().sessions().session(id).code(), ErrorCode::NotFound);
            QCOMPARE(discards(), 1);
            QCOMPARE(changes.count(), 1);
            QCOMPARE(ws.domain().caseload().drafts().value(), QList<DraftItem>());
        }

        // Discarded from Today while a window has it open: the window's controller lets go, and neither its
        // timer nor the lock brings the draft back.
        {
            auto timer = std::make_unique<ManualTimer>();
            ManualTimer* tick = timer.get();
            SessionDraftController draft(ws, f.client, SessionId(), std::move(timer));
            draft.edit(contentOn(clock.today(), QStringLiteral("first")));
            QVERIFY(tick->fire());
            const SessionId id = draft.sessionId();
            draft.edit(contentOn(clock.today(), QStringLiteral("first, and more")));
            QSignalSpy gone(&draft, &SessionDraftController::discarded);
            QVERIFY(ws.discardDraft(id).ok());
            QCOMPARE(gone.count(), 1);
            QVERIFY(!tick->fire());
            ws.lock();
            QVERIFY(ws.open(f.unlock(), {}).ok());
            QCOMPARE(ws.domain().sessions().sessionsForClient(f.client)->size(), 0);
            QCOMPARE(discards(), 2);
        }

        // A draft no window has open; then what cannot be discarded.
        auto loose = ws.domain().sessions().createDraft(f.client, contentOn(clock.today(), QStringLiteral("x")));
        QVERIFY(loose.ok());
        QVERIFY(ws.discardDraft(loose.value()).ok());
        QCOMPARE(ws.discardDraft(loose.value()).code(), ErrorCode::NotFound);
        QCOMPARE(discards(), 3);
        SessionDraftController signedOne(ws, f.client, SessionId(), std::make_unique<ManualTimer>());
        signedOne.edit(contentOn(clock.today(), QStringLiteral("kept")));
        QVERIFY(signedOne.sign().ok());
        QCOMPARE(signedOne.discard().code(), ErrorCode::SignedRecord);
        QCOMPARE(ws.discardDraft(signedOne.sessionId()).code(), ErrorCode::SignedRecord);
        QVERIFY(ws.domain().sessions().session(signedOne.sessionId()).ok());
        ws.lock();
        QCOMPARE(signedOne.discard().code(), ErrorCode::Locked);
        QCOMPARE(ws.discardDraft(SessionId(1)).code(), ErrorCode::Locked);
    }

    void enteredInErrorThroughTheController()
    {
        Fixture f;
        FixedClock clock(kNow);
        Workspace ws(clock);
        QVERIFY(ws.open(f.unlock(), {}).ok());
        SessionDraftController draft(ws, f.client, SessionId(), std::make_unique<ManualTimer>());
        draft.edit(contentOn(clock.today(), QStringLiteral("a note in the wrong chart")));
        QVERIFY(draft.saveNow().ok());
        QCOMPARE(draft.markEnteredInError(QStringLiteral("wrong chart")).error().failure(),
                 FieldReason(Field::EnteredInError, ValidationReason::NotSignedYet));
        QVERIFY(draft.sign().ok());
        QVERIFY(!draft.enteredInError());

        auto empty = draft.markEnteredInError(QStringLiteral("   "));
        QCOMPARE(empty.code(), ErrorCode::Validation);
        QCOMPARE(empty.error().failure(), FieldReason(Field::EnteredInErrorReason, ValidationReason::Required));
        QVERIFY(!draft.enteredInError());

        QSignalSpy changes(&ws, &Workspace::recordChanged);
        auto number = draft.markEnteredInError(QStringLiteral("This was written in Rosa's chart by mistake"));
        QVERIFY2(number.ok(), qPrintable(number.error().detail));
        QCOMPARE(number.value(), 1);
        QVERIFY(draft.enteredInError());
        QVERIFY(draft.isSigned());
        QCOMPARE(draft.record().addenda.size(), 1);
        QVERIFY(draft.record().addenda.first().entersInError);
        QCOMPARE(draft.record().addenda.first().signedBy, QStringLiteral("Sam Okafor, LCSW"));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(draft.markEnteredInError(QStringLiteral("again")).error().failure(),
                 FieldReason(Field::EnteredInError, ValidationReason::AlreadyDone));
        QCOMPARE(draft.record().addenda.size(), 1);
        ws.lock();
        QCOMPARE(draft.markEnteredInError(QStringLiteral("locked")).code(), ErrorCode::Locked);
    }

    void vaultLevelActionsAreAudited()
    {
        Fixture f;
        FixedClock clock(kNow);
        Workspace ws(clock);
        const QList<QDateTime> failed{kNow.addSecs(-60), kNow.addSecs(-30)};
        QVERIFY(ws.open(f.unlock(), {false, failed, QStringLiteral("command line")}).ok());
        QVERIFY(ws.backupTo(f.tmp.filePath(QStringLiteral("backup"))).ok());
        QVERIFY(ws.changePassphrase(secret(QStringLiteral("a new long passphrase"))).ok());
        QVERIFY(ws.recordDelivery(AuditAction::Print, QStringLiteral("session"), QUuid::createUuid(), f.client).ok());
        const QStringList actions = auditActions(ws);
        const QStringList tail = actions.mid(actions.size() - 6);
        QCOMPARE(tail, (QStringList{AuditAction::FailedUnlock, AuditAction::FailedUnlock, AuditAction::Unlock,
                                    AuditAction::Backup, AuditAction::ChangePassphrase, AuditAction::Print}));
        // An entry the audit log refuses after the backup was written: the backup stands, and the
        // caller is told it was not recorded (not that the backup failed).
        QVERIFY(ws.vault()
                    .database()
                    .exec("CREATE TEMP TRIGGER refuse_backup_entry BEFORE INSERT ON audit_log "
                          "WHEN NEW.action = 'backup' BEGIN SELECT RAISE(ABORT, 'refused'); END")
                    .ok());
        const QString unrecorded = f.tmp.filePath(QStringLiteral("backup-unrecorded"));
        QCOMPARE(ws.backupTo(unrecorded).code(), ErrorCode::NotRecorded);
        QVERIFY(QFile::exists(unrecorded));
        QVERIFY(ws.vault().database().exec("DROP TRIGGER temp.refuse_backup_entry").ok());
        // Locked: nothing more is written anywhere.
        ws.lock();
        QCOMPARE(ws.backupTo(f.tmp.filePath(QStringLiteral("backup2"))).code(), ErrorCode::Locked);
        QVERIFY(!QFile::exists(f.tmp.filePath(QStringLiteral("backup2"))));
    }
};

QTEST_GUILESS_MAIN(TestSessionDraft)
#include "tst_sessiondraft.moc"
