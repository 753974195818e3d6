/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * markdown.h: a short text a person writes in Markdown, such as the
 * chair's introduction to the annual report, read in a safe subset
 * (markdown.c) and written as HTML, Markdown or plain text.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_MARKDOWN_H
#define ISAC_MARKDOWN_H

#include <stddef.h>
#include <stdio.h>

struct diag;
struct md;

/* The largest text read, in bytes. */
#define MD_MAX		(256 * 1024)

struct md *md_load(const char *, struct diag *);
struct md *md_parse(const char *, size_t, const char *, struct diag *);
size_t	 md_nblocks(const struct md *);
void	 md_html(const struct md *, FILE *, int);
void	 md_md(const struct md *, FILE *, int);
void	 md_text(const struct md *, FILE *, int);
void	 md_free(struct md *);

#endif
