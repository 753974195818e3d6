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

#ifndef VERSION
#define VERSION "unknown"
#endif

/* diag.c: messages composed by lib/ for a program to print */
#define DIAG_MAX 1024
struct diag {
	char	text[DIAG_MAX];
};
int	 diag_set(struct diag *, const char *, unsigned long, const char *,
	    ...) __attribute__((format(printf, 4, 5)));
int	 diag_nomem(struct diag *, const char *);

/* strtab.c: interning strings as small integers, in order of arrival */
struct strtab;
struct strtab *strtab_new(int);
void	 strtab_free(struct strtab *);
long	 strtab_find(const struct strtab *, const char *, size_t);
long	 strtab_add(struct strtab *, const char *, size_t);
const char *strtab_get(const struct strtab *, size_t);

/* text.c: small string helpers shared by the parsers */
int	 text_lower(int);
void	 text_trim(const char **, size_t *);
int	 text_ieq(const char *, size_t, const char *);
int	 text_natcmp(const char *, const char *);
int	 text_uint(const char *, size_t, unsigned long, unsigned long *);

/* csv.c: reading and writing CSV and TSV */
#define CSV_FIELD_MAX	(1024 * 1024)	/* bytes in one field */
#define CSV_COLS_MAX	4096		/* fields in one record */
#define CSV_STDIN	"<stdin>"
struct csvr;
struct csvrow {
	size_t		 n;		/* number of fields */
	const char	**f;		/* NUL-terminated field texts */
	const size_t	*len;		/* their lengths */
	unsigned long	 line;		/* line the record starts on */
};
int	 csv_delim_parse(const char *);
struct csvr *csvr_open(const char *, int, struct diag *);
int	 csvr_next(struct csvr *, struct csvrow *, struct diag *);
int	 csvr_col(const struct csvr *, const char *, int, int *,
	    struct diag *);
const char *csvrow_value(const struct csvrow *, int, size_t *);
size_t	 csvr_ncols(const struct csvr *);
const char *csvr_colname(const struct csvr *, size_t);
unsigned long csvr_hdrline(const struct csvr *);
const char *csvr_name(const struct csvr *);
void	 csvr_close(struct csvr *);

struct csvw {
	FILE	*fp;
	int	 delim;
	int	 nfield;
};
void	 csvw_init(struct csvw *, FILE *, int);
void	 csvw_field(struct csvw *, const char *);
void	 csvw_num(struct csvw *, unsigned long);
void	 csvw_end(struct csvw *);
int	 csvw_flush(struct csvw *);

/* data.c: where the shared data lives, and which language to speak */
const char *data_lang(const char *);
const char *data_lang_default(void);
int	 data_file(const char *, const char *, char *, size_t, struct diag *);
int	 data_model_path(const char *, const char *, char *, size_t,
	    struct diag *);

/* model.c: a checklist model (capabilities, levels, questions) */
#define MODEL_LEVELS_MAX 9
struct question {
	char	*id;
	char	*text;
	size_t	 cap;		/* index into model.cap */
	int	 level;
	unsigned long line;	/* where the model file defines it */
};
struct capability {
	char	*code;
	size_t	 nq;		/* questions in it */
};
struct model {
	struct question	 *q;
	size_t		  nq;
	struct capability *cap;
	size_t		  ncap;
	int		  nlevels;	/* the highest level in the model */
	struct strtab	 *ids;		/* id (any case) -> index into q */
	struct strtab	 *codes;	/* capability code -> index into cap */
};
int	 model_load(struct model *, const char *, struct diag *);
void	 model_free(struct model *);
long	 model_find(const struct model *, const char *, size_t);

/* answers.c: the answer vocabulary, and consensus among respondents */
enum answer {
	ANS_NONE,		/* unanswered */
	ANS_YES,
	ANS_NO,
	ANS_PARTIAL,
	ANS_NA,
	ANS_N
};
enum consensus {
	CONS_MAJORITY,
	CONS_ALL,
	CONS_ANY
};
int	 answer_parse(const char *, size_t);
const char *answer_name(enum answer);
int	 consensus_parse(const char *);
enum answer consensus(const unsigned long[ANS_N], enum consensus);

/* tally.c: answers files read into votes per period and question */
struct tally;
struct tally *tally_new(const struct model *);
void	 tally_free(struct tally *);
int	 tally_read(struct tally *, struct csvr *, struct diag *);
int	 tally_has_periods(const struct tally *);
size_t	 tally_nperiods(const struct tally *);
const char *tally_period(const struct tally *, size_t);
const unsigned long *tally_votes(const struct tally *, size_t, size_t);
unsigned long tally_unanswered(const struct tally *, size_t, size_t);

/* score.c: levels per capability by the guide's top-down rule */
struct capscore {
	int		level;
	unsigned long	yes[MODEL_LEVELS_MAX + 1];
	unsigned long	applicable[MODEL_LEVELS_MAX + 1];
	unsigned long	unanswered;
};
void	 score_period(const struct model *, const struct tally *, size_t,
	    enum consensus, struct capscore *);
size_t	 score_unanswered(const struct model *, const struct tally *, size_t,
	    struct diag *);
int	 score_disputed(const unsigned long[ANS_N]);

#endif
