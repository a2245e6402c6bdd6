// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Contact.h"

#include <array>
#include <utility>

namespace continuum {

namespace {

template<typename E, std::size_t N>
using Table = std::array<std::pair<E, const char*>, N>;

// The keys are the schema's CHECK values (Migration 8).
constexpr Table<ContactIdentity, 3> kIdentity{
    {{ContactIdentity::Known, "known"}, {ContactIdentity::Coded, "coded"}, {ContactIdentity::Anonymous, "anonymous"}}};
constexpr Table<ContactSetting, 6> kSetting{{{ContactSetting::Outreach, "outreach"},
                                             {ContactSetting::DropIn, "drop_in"},
                                             {ContactSetting::Office, "office"},
                                             {ContactSetting::Phone, "phone"},
                                             {ContactSetting::Home, "home"},
                                             {ContactSetting::Other, "other"}}};
constexpr Table<ContactStatus, 2> kStatus{
    {{ContactStatus::Counted, "counted"}, {ContactStatus::EnteredInError, "entered_in_error"}}};
constexpr Table<ContactList, 4> kList{{{ContactList::Supply, "supply"},
                                       {ContactList::NaloxoneProduct, "naloxone_product"},
                                       {ContactList::CheckingMethod, "checking_method"},
                                       {ContactList::ReferralType, "referral_type"}}};
constexpr Table<DrugCheckResult, 4> kResult{{{DrugCheckResult::Positive, "positive"},
                                             {DrugCheckResult::Negative, "negative"},
                                             {DrugCheckResult::Invalid, "invalid"},
                                             {DrugCheckResult::NotSure, "not_sure"}}};
constexpr Table<OverdoseWhose, 2> kWhose{{{OverdoseWhose::Witnessed, "witnessed"}, {OverdoseWhose::Own, "own"}}};
constexpr Table<OverdoseOutcome, 4> kOverdoseOutcome{{{OverdoseOutcome::Survived, "survived"},
                                                      {OverdoseOutcome::WentToHospital, "went_to_hospital"},
                                                      {OverdoseOutcome::Died, "died"},
                                                      {OverdoseOutcome::NotKnown, "not_known"}}};
constexpr Table<ReferralOutcome, 4> kReferralOutcome{{{ReferralOutcome::Connected, "connected"},
                                                      {ReferralOutcome::NotConnected, "not_connected"},
                                                      {ReferralOutcome::StillWaiting, "still_waiting"},
                                                      {ReferralOutcome::Declined, "declined"}}};

template<typename E, std::size_t N>
QString keyOf(const Table<E, N>& table, E v)
{
    for (const auto& [value, key] : table) {
        if (value == v)
            return QLatin1String(key);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const Table<E, N>& table, const QString& key)
{
    for (const auto& [value, k] : table) {
        if (key == QLatin1String(k))
            return value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesOf(const Table<E, N>& table)
{
    QList<E> out;
    for (const auto& entry : table)
        out.append(entry.first);
    return out;
}

} // namespace

#define CONTINUUM_CONTACT_KEYS(Type, table)                                                                            \
    QString toKey(Type v)                                                                                              \
    {                                                                                                                  \
        return keyOf(table, v);                                                                                        \
    }                                                                                                                  \
    template<>                                                                                                         \
    std::optional<Type> fromKey<Type>(const QString& key)                                                              \
    {                                                                                                                  \
        return valueOf(table, key);                                                                                    \
    }                                                                                                                  \
    template<>                                                                                                         \
    QList<Type> allValues<Type>()                                                                                      \
    {                                                                                                                  \
        return valuesOf(table);                                                                                        \
    }

CONTINUUM_CONTACT_KEYS(ContactIdentity, kIdentity)
CONTINUUM_CONTACT_KEYS(ContactSetting, kSetting)
CONTINUUM_CONTACT_KEYS(ContactStatus, kStatus)
CONTINUUM_CONTACT_KEYS(ContactList, kList)
CONTINUUM_CONTACT_KEYS(DrugCheckResult, kResult)
CONTINUUM_CONTACT_KEYS(OverdoseWhose, kWhose)
CONTINUUM_CONTACT_KEYS(OverdoseOutcome, kOverdoseOutcome)
CONTINUUM_CONTACT_KEYS(ReferralOutcome, kReferralOutcome)

#undef CONTINUUM_CONTACT_KEYS

} // namespace continuum
