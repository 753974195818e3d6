/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * escape.h: data written as text in HTML, SVG, Markdown, JSON, a tty.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_ESCAPE_H
#define ISAC_ESCAPE_H

#include <stddef.h>
#include <stdio.h>

void	 esc_xml(FILE *, const char *, size_t);
void	 esc_xmls(FILE *, const char *);
void	 esc_html_lines(FILE *, const char *, size_t);
void	 esc_md(FILE *, const char *, size_t);
void	 esc_mds(FILE *, const char *);
void	 esc_json(FILE *, const char *, size_t);
void	 esc_jsons(FILE *, const char *);
size_t	 esc_term(FILE *, const char *, size_t);
size_t	 esc_term_width(const char *, size_t);

#endif
