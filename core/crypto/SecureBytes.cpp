// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SecureBytes.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstring>

namespace continuum {

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0 || !ensureSodium())
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data) {
        m_size = size;
        sodium_memzero(m_data, m_size);
    }
}

SecureBytes::SecureBytes(const unsigned char* data, std::size_t size)
    : SecureBytes(size)
{
    if (m_data && size > 0)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBytes SecureBytes::fromText(const QString& text)
{
    // The QByteArray below is an unavoidable plain copy; wipe it before it is released.
    QByteArray utf8 = text.normalized(QString::NormalizationForm_C).toUtf8();
    SecureBytes out(reinterpret_cast<const unsigned char*>(utf8.constData()), static_cast<std::size_t>(utf8.size()));
    if (!utf8.isEmpty())
        sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return out;
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(m_data, m_size);
}

void SecureBytes::clear()
{
    if (m_data) {
        // sodium_free wipes the region before unlocking and unmapping it; be explicit anyway.
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace continuum
