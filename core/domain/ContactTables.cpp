// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ContactTables.h"

#include "storage/SqlValues.h"

namespace continuum {

namespace {

QDateTime readTimestamp(const Statement& st, int column)
{
    return QDateTime::fromString(st.columnText(column), Qt::ISODateWithMs);
}

template<typename E>
std::optional<QString> optionalKey(const std::optional<E>& value)
{
    return value ? std::optional<QString>(toKey(*value)) : std::nullopt;
}

template<typename E>
std::optional<E> readKey(const Statement& st, int column)
{
    return st.columnIsNull(column) ? std::nullopt : fromKey<E>(st.columnText(column));
}

std::optional<int> readOptionalInt(const Statement& st, int column)
{
    return st.columnIsNull(column) ? std::nullopt : std::optional<int>(st.columnInt(column));
}

std::optional<bool> readOptionalBool(const Statement& st, int column)
{
    return st.columnIsNull(column) ? std::nullopt : std::optional<bool>(st.columnInt(column) != 0);
}

std::optional<qint64> optionalBool(const std::optional<bool>& b)
{
    return b ? std::optional<qint64>(*b ? 1 : 0) : std::nullopt;
}

} // namespace

const RecordTable<ContactListItem>& contactListItemTable()
{
    static const RecordTable<ContactListItem> table(
        "contact_list_items", "li", {},
        {
            {"id", Written::Never, nullptr,
             [](auto& st, int i, auto& r) { r.id = ContactListItemId(st.columnInt64(i)); }},
            {"uuid", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.uuid.toString(QUuid::WithoutBraces)); },
             [](auto& st, int i, auto& r) { r.uuid = QUuid::fromString(st.columnText(i)); }},
            {"list", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, toKey(r.list)); },
             [](auto& st, int i, auto& r) {
                 r.list = fromKey<ContactList>(st.columnText(i)).value_or(ContactList::Supply);
             }},
            {"label", Written::Always, [](auto& st, int i, const auto& r) { st.bind(i, r.label); },
             [](auto& st, int i, auto& r) { r.label = st.columnText(i); }},
            {"doses_per_kit", Written::Always, [](auto& st, int i, const auto& r) { st.bind(i, r.dosesPerKit); },
             [](auto& st, int i, auto& r) { r.dosesPerKit = readOptionalInt(st, i); }},
            {"position", Written::Always, [](auto& st, int i, const auto& r) { st.bind(i, r.position); },
             [](auto& st, int i, auto& r) { r.position = st.columnInt(i); }},
            {"retired", Written::Always, [](auto& st, int i, const auto& r) { st.bind(i, r.retired); },
             [](auto& st, int i, auto& r) { r.retired = st.columnInt(i) != 0; }},
            {"created_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.createdAt)); },
             [](auto& st, int i, auto& r) { r.createdAt = readTimestamp(st, i); }},
            // Set by Migration 14 for the seeded items only, never written by the program.
            {"seed_key", Written::Never, nullptr,
             [](auto& st, int i, auto& r) { r.seedKey = st.columnIsNull(i) ? QString() : st.columnText(i); }},
        });
    return table;
}

const RecordTable<Contact>& contactTable()
{
    static const RecordTable<Contact> table(
        "contact_records", "c", {},
        {
            {"id", Written::Never, nullptr, [](auto& st, int i, auto& r) { r.id = ContactId(st.columnInt64(i)); }},
            {"uuid", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.uuid.toString(QUuid::WithoutBraces)); },
             [](auto& st, int i, auto& r) { r.uuid = QUuid::fromString(st.columnText(i)); }},
            {"created_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.createdAt)); },
             [](auto& st, int i, auto& r) { r.createdAt = readTimestamp(st, i); }},
            {"created_by", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.createdBy); },
             [](auto& st, int i, auto& r) { r.createdBy = st.columnText(i); }},
            {"current_revision", Written::OnUpdate,
             [](auto& st, int i, const auto& r) { st.bind(i, r.current.number); },
             [](auto& st, int i, auto& r) { r.current.number = st.columnInt(i); }},
        });
    return table;
}

const RecordTable<ContactRevision>& contactRevisionTable()
{
    static const RecordTable<ContactRevision> table(
        "contact_revisions", "r", {"contact_id"},
        {
            {"revision", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.number); },
             [](auto& st, int i, auto& r) { r.number = st.columnInt(i); }},
            {"identity", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, toKey(r.fields.identity)); },
             [](auto& st, int i, auto& r) {
                 r.fields.identity = fromKey<ContactIdentity>(st.columnText(i)).value_or(ContactIdentity::Anonymous);
             }},
            {"occurred_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) {
                 st.bind(i, storedTimestamp(r.fields.occurredAt.value_or(QDateTime())));
             },
             [](auto& st, int i, auto& r) { r.fields.occurredAt = readTimestamp(st, i); }},
            {"occurred_on", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.occurredOn.toString(Qt::ISODate)); },
             [](auto& st, int i, auto& r) { r.occurredOn = QDate::fromString(st.columnText(i), Qt::ISODate); }},
            {"setting", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, optionalKey(r.fields.setting)); },
             [](auto& st, int i, auto& r) { r.fields.setting = readKey<ContactSetting>(st, i); }},
            {"duration_minutes", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.fields.durationMinutes); },
             [](auto& st, int i, auto& r) { r.fields.durationMinutes = readOptionalInt(st, i); }},
            {"naloxone_shown", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, optionalBool(r.fields.naloxoneShown)); },
             [](auto& st, int i, auto& r) { r.fields.naloxoneShown = readOptionalBool(st, i); }},
            {"note", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.fields.note); },
             [](auto& st, int i, auto& r) { r.fields.note = st.columnText(i); }},
            {"status", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, toKey(r.status)); },
             [](auto& st, int i, auto& r) {
                 r.status = fromKey<ContactStatus>(st.columnText(i)).value_or(ContactStatus::Counted);
             }},
            {"reason", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.reason); },
             [](auto& st, int i, auto& r) { r.reason = st.columnText(i); }},
            {"revised_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.revisedAt)); },
             [](auto& st, int i, auto& r) { r.revisedAt = readTimestamp(st, i); }},
            {"revised_by", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.revisedBy); },
             [](auto& st, int i, auto& r) { r.revisedBy = st.columnText(i); }},
        });
    return table;
}

const RecordTable<SupplyGiven>& contactSupplyTable()
{
    static const RecordTable<SupplyGiven> table(
        "contact_supplies", "s", {"revision_id"},
        {
            {"item_id", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.item); },
             [](auto& st, int i, auto& r) { r.item = ContactListItemId(st.columnInt64(i)); }},
            {"label", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.label); },
             [](auto& st, int i, auto& r) { r.label = st.columnText(i); }},
            {"quantity", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.quantity); },
             [](auto& st, int i, auto& r) { r.quantity = st.columnInt(i); }},
        });
    return table;
}

const RecordTable<NaloxoneGiven>& contactNaloxoneTable()
{
    static const RecordTable<NaloxoneGiven> table(
        "contact_naloxone", "n", {"revision_id"},
        {
            {"item_id", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.item); },
             [](auto& st, int i, auto& r) { r.item = ContactListItemId(st.columnInt64(i)); }},
            {"label", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.label); },
             [](auto& st, int i, auto& r) { r.label = st.columnText(i); }},
            {"doses_per_kit", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.dosesPerKit); },
             [](auto& st, int i, auto& r) { r.dosesPerKit = st.columnInt(i); }},
            {"kits", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.kits); },
             [](auto& st, int i, auto& r) { r.kits = st.columnInt(i); }},
            {"single_doses", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.singleDoses); },
             [](auto& st, int i, auto& r) { r.singleDoses = st.columnInt(i); }},
        });
    return table;
}

const RecordTable<DrugCheck>& contactDrugCheckTable()
{
    static const RecordTable<DrugCheck> table(
        "contact_drug_checks", "d", {"revision_id"},
        {
            {"item_id", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.method); },
             [](auto& st, int i, auto& r) { r.method = ContactListItemId(st.columnInt64(i)); }},
            {"label", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.label); },
             [](auto& st, int i, auto& r) { r.label = st.columnText(i); }},
            {"expected", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.expected); },
             [](auto& st, int i, auto& r) { r.expected = st.columnText(i); }},
            {"result", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, optionalKey(r.result)); },
             [](auto& st, int i, auto& r) { r.result = readKey<DrugCheckResult>(st, i); }},
            {"plan_words", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.planWords); },
             [](auto& st, int i, auto& r) { r.planWords = st.columnText(i); }},
            {"plan_use_less", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.planUseLess); },
             [](auto& st, int i, auto& r) { r.planUseLess = st.columnInt(i) != 0; }},
            {"plan_with_someone", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.planWithSomeone); },
             [](auto& st, int i, auto& r) { r.planWithSomeone = st.columnInt(i) != 0; }},
            {"plan_naloxone_near", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.planNaloxoneNear); },
             [](auto& st, int i, auto& r) { r.planNaloxoneNear = st.columnInt(i) != 0; }},
            {"plan_not_use", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.planNotUse); },
             [](auto& st, int i, auto& r) { r.planNotUse = st.columnInt(i) != 0; }},
            {"plan_no_change", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.planNoChange); },
             [](auto& st, int i, auto& r) { r.planNoChange = st.columnInt(i) != 0; }},
        });
    return table;
}

const RecordTable<OverdoseReport>& contactOverdoseTable()
{
    static const RecordTable<OverdoseReport> table(
        "contact_overdoses", "o", {"revision_id"},
        {
            {"whose", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, toKey(r.whose)); },
             [](auto& st, int i, auto& r) {
                 r.whose = fromKey<OverdoseWhose>(st.columnText(i)).value_or(OverdoseWhose::Witnessed);
             }},
            {"occurred_on", Written::OnInsert,
             [](auto& st, int i, const auto& r) {
                 st.bind(i, r.occurredOn ? std::optional<QString>(r.occurredOn->toString(Qt::ISODate)) : std::nullopt);
             },
             [](auto& st, int i, auto& r) { r.occurredOn = columnDate(st, i); }},
            {"naloxone_doses", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.naloxoneDoses); },
             [](auto& st, int i, auto& r) { r.naloxoneDoses = readOptionalInt(st, i); }},
            {"called_911", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, optionalBool(r.called911)); },
             [](auto& st, int i, auto& r) { r.called911 = readOptionalBool(st, i); }},
            {"outcome", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, optionalKey(r.outcome)); },
             [](auto& st, int i, auto& r) { r.outcome = readKey<OverdoseOutcome>(st, i); }},
        });
    return table;
}

const RecordTable<ReferralMade>& contactReferralTable()
{
    static const RecordTable<ReferralMade> table(
        "contact_referrals", "f", {"revision_id"},
        {
            {"referral_uuid", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.referral.toString(QUuid::WithoutBraces)); },
             [](auto& st, int i, auto& r) { r.referral = QUuid::fromString(st.columnText(i)); }},
            {"item_id", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.type); },
             [](auto& st, int i, auto& r) { r.type = ContactListItemId(st.columnInt64(i)); }},
            {"label", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.label); },
             [](auto& st, int i, auto& r) { r.label = st.columnText(i); }},
        });
    return table;
}

} // namespace continuum
