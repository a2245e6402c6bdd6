// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace continuum {

/// Names the application for Qt (organization, application, version), so that settings live in
/// ~/.config/Continuum/Continuum.conf rather than under "Unknown Organization". Call once after the
/// QCoreApplication exists.
void setApplicationIdentity();

/// Settings written by versions that named no organization are carried over once, into the file the
/// identity above names, when that file does not exist yet. Returns true when something was carried.
bool carryOverUnnamedSettings();

/// Where the vault lives unless --vault says otherwise: ~/.local/share/Continuum/vault (as it always
/// has, independent of the organization name).
QString defaultVaultFolder();

} // namespace continuum
