// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace continuum {

/// A byte buffer for secrets: allocated with sodium_malloc (guard pages, locked with sodium_mlock so it
/// never reaches swap), wiped and freed on destruction. Move-only, so a secret is never silently copied.
class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    /// The UTF-8 bytes of text in Unicode normalization form C, so that a passphrase typed with composed
    /// or decomposed accents opens the same slot.
    static SecureBytes fromText(const QString& text);

    /// An explicit copy, for the rare place that must keep a secret twice.
    SecureBytes clone() const;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {m_data, static_cast<qsizetype>(m_size)}; }

    /// Wipes the bytes (sodium_memzero) and releases the memory.
    void clear();

    /// False only when the allocation failed (out of lockable memory).
    bool isValid() const { return m_size == 0 || m_data != nullptr; }

    bool equals(const SecureBytes& other) const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace continuum
