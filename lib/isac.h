/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * isac.h: the shared library of the isac tools.
 *
 * Functions here never print and never exit: they return a status (0 or a
 * count on success, -1 on failure) and, on failure, leave a message for the
 * program in a struct diag.  Prototypes are grouped by the file that
 * defines them.
 */
#ifndef ISAC_H
#define ISAC_H

#include <stddef.h>
#include <stdio.h>

#include "strbuf.h"

#ifndef VERSION
#define VERSION "unknown"
#endif

#include "diag.h"
#include "i18n.h"
#include "strtab.h"
#include "text.h"
#include "csvread.h"
#include "encoding.h"
#include "colname.h"
#include "out.h"
#include "input.h"
#include "table.h"
#include "data.h"
#include "guide.h"
#include "gap.h"
#include "plan.h"
#include "fold.h"
#include "roster-read.h"
#include "roster-rules.h"
#include "roster-mail.h"
#include "meetings.h"
#include "due.h"
#include "evaluation.h"
#include "agenda.h"
#include "rostertab.h"
#include "ics.h"
#include "width.h"
#include "escape.h"
#include "tlp.h"
#include "tables.h"
#include "vocab.h"
#include "rdoc-api.h"
#include "markdown.h"
#include "date.h"
#include "model.h"
#include "answers.h"
#include "tally.h"
#include "score.h"
#include "report.h"
#include "respond.h"
#include "checklist.h"
#include "gaptab.h"
#include "plantab.h"

#endif
