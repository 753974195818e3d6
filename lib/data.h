/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * data.h: where the shared data lives, and which language to speak.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_DATA_H
#define ISAC_DATA_H

#include <stddef.h>

struct diag;

const char *data_lang(const char *);
const char *data_lang_default(void);
int	 data_file(const char *, const char *, char *, size_t, struct diag *);
int	 data_model_path(const char *, const char *, char *, size_t,
	    struct diag *);
void	 data_models(const char *, char *, size_t);
void	 data_localedir(char *, size_t);

#endif
