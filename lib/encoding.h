/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * encoding.h: input in the encodings above, converted to UTF-8.
 * Its functions never print and never exit: see isac.h.
 */
#ifndef ISAC_ENCODING_H
#define ISAC_ENCODING_H

#include <stddef.h>

struct diag;

struct enc {
	int		 enc;		/* as named, then as found */
	int		 begun;		/* the byte-order mark is handled */
	int		 marked;	/* it had a UTF-8 byte-order mark */
	int		 multi;		/* multi-byte UTF-8 has been seen */
	int		 guessed;	/* Windows-1252 by the rule of AUTO */
	int		 err;		/* why conversion stopped */
	unsigned long	 bad;		/* the byte or unit it stopped at */
};
void	 enc_init(struct enc *, int);
int	 enc_found(const struct enc *);
int	 enc_conv(struct enc *, const unsigned char *, size_t, int,
	    unsigned char *, size_t, size_t *, size_t *);
int	 enc_error(const struct enc *, struct diag *, const char *,
	    unsigned long);

#endif
