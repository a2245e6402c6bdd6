// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The printouts in one include: the page renderer, each document, and writing a PDF. Code that needs only
// one of them includes that header.
#include "printing/GoalSummaryDocument.h"
#include "printing/PageRenderer.h"
#include "printing/PdfExport.h"
#include "printing/SessionNoteDocument.h"
