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
size_t	 text_vis(char *, size_t, const char *, size_t);
int	 text_breaking(unsigned long);
void	 text_oneline(struct strbuf *, const char *, size_t);

/*
 * csv.c: reading CSV and TSV, as records with their line numbers, and
 * workbooks (.xlsx, .ods: workbook.h) as records with their row numbers
 */
#define CSV_FIELD_MAX	(1024 * 1024)	/* bytes in one field */
#define CSV_COLS_MAX	4096		/* fields in one record */
#define CSV_RECORD_MAX	(16 * 1024 * 1024) /* bytes in one record */
#define CSV_STDIN	"<stdin>"
enum csv_enc {
	ENC_AUTO,		/* BOM, else UTF-8 if valid, else Windows-1252 */
	ENC_UTF8,
	ENC_CP1252,
	ENC_UTF16,		/* by its BOM; little-endian without one */
	ENC_UTF16LE,
	ENC_UTF16BE
};
struct csvopt {
	int	 delim;		/* 0: guess from the header line */
	int	 enc;		/* enum csv_enc */
	const char *sheet;	/* of a workbook; NULL: the first */
};
struct csvr;
struct csvrow {
	size_t		 n;		/* number of fields */
	const char	**f;		/* NUL-terminated field texts */
	const size_t	*len;		/* their lengths */
	unsigned long	 line;		/* line the record starts on */
};
int	 csv_delim_parse(const char *);
int	 csv_enc_parse(const char *);
struct csvr *csvr_open(const char *, const struct csvopt *, struct diag *);
int	 csvr_next(struct csvr *, struct csvrow *, struct diag *);
int	 csvr_col(const struct csvr *, const char *, int, int *,
	    struct diag *);
const char *csvrow_value(const struct csvrow *, int, size_t *);
size_t	 csvr_ncols(const struct csvr *);
const char *csvr_colname(const struct csvr *, size_t);
unsigned long csvr_hdrline(const struct csvr *);
int	 csvr_delim(const struct csvr *);
int	 csvr_enc(const struct csvr *);
const char *csvr_name(const struct csvr *);
void	 csvr_close(struct csvr *);

/* encoding.c: input in the encodings above, converted to UTF-8 */
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

/* colname.c: the names a column may have, English and Dutch */
int	 colname_is(const char *, size_t, const char *);
const char *colname_aliases(const char *);
int	 colname_find(const char *const *, size_t, const char *, int *);
int	 colname_twice(const char *const *, size_t, size_t *, size_t *);
const char *colname_known(const char *, char *, size_t);
int	 colname_missing(struct diag *, const char *, unsigned long,
	    const char *, const char *const *, size_t, int);

/* out.c: tables written as CSV, TSV or for Excel, with the error kept */
enum outfmt {
	OUT_CSV,
	OUT_TSV,
	OUT_EXCEL		/* ';', UTF-8 BOM, CRLF: Dutch Excel */
};
#define OUT_SAFE	0x1	/* neutralise what a spreadsheet runs */
struct out {
	FILE	*fp;
	int	 delim;
	int	 crlf;
	int	 bom;		/* still to be written */
	int	 safe;
	int	 nfield;
	int	 nl;		/* headers with Dutch titles (--excel -l nl) */
};
int	 out_fmt_parse(const char *);
void	 out_init(struct out *, FILE *, enum outfmt, int);
void	 out_field(struct out *, const char *);
void	 out_fieldn(struct out *, const char *, size_t);
void	 out_header(struct out *, const char *);
void	 out_num(struct out *, unsigned long);
void	 out_int(struct out *, long);
void	 out_end(struct out *);
int	 out_flush(struct out *);

/* input.c: the files named, else standard input, each opened once */
typedef int (*input_fn)(struct csvr *, void *, struct diag *);
int	 input_each(int, char *const [], const struct csvopt *, input_fn,
	    void *, struct diag *);

/* table.c: a whole table in memory, every column kept */
struct trow {
	const char	**f;		/* NUL-terminated, as written */
	unsigned long	 line;
};
struct table {
	char		*name;		/* the file, as named */
	unsigned long	 hdrline;
	int		 delim;
	size_t		 ncols;
	char		**col;		/* the header, as written */
	size_t		 nrows;
	struct trow	*rows;
	size_t		 rcap;
};
int	 table_read(struct table *, const char *, const struct csvopt *,
	    struct diag *);
#define TABLE_ROWS_MAX	1000000	/* rows in a table kept whole */
int	 table_head(struct table *, struct csvr *, struct diag *);
int	 table_body(struct table *, struct csvr *, struct diag *);
int	 table_from(struct table *, struct csvr *, struct diag *);
void	 table_free(struct table *);
int	 table_col(const struct table *, const char *);
int	 table_need(const struct table *, const char *, int *, struct diag *);
const char *table_value(const struct table *, size_t, int, size_t *);

/* data.c: where the shared data lives, and which language to speak */
const char *data_lang(const char *);
const char *data_lang_default(void);
int	 data_file(const char *, const char *, char *, size_t, struct diag *);
int	 data_model_path(const char *, const char *, char *, size_t,
	    struct diag *);
void	 data_models(const char *, char *, size_t);

/* guide.c: the bundled names and guidance, by capability, level, kind */
struct guide;
struct guide *guide_load(const char *, struct diag *);
void	 guide_free(struct guide *);
const char *guide_name(const struct guide *, const char *);
const char *guide_description(const struct guide *, const char *);
const char *guide_item(const struct guide *, const char *, int,
	    const char *, size_t);
size_t	 guide_count(const struct guide *, const char *, int, const char *);

/* gap.c: the checklist items between the answers and a target level */
struct model;
struct tally;
int	 gap_target_read(const struct model *, const char *,
	    const struct csvopt *, int, int *, int *, struct diag *);
size_t	 gap_items(const struct model *, const struct tally *, size_t, int,
	    const int *, size_t *);
int	 gap_period(const struct tally *, const char *, size_t *,
	    struct diag *);
int	 gap_periods(const struct tally *, const char *, const char *,
	    size_t *, size_t *, struct diag *);

/* plan.c: a development plan from a gap: steps, owners, the register */
enum {
	PLAN_OPEN,
	PLAN_STARTED,
	PLAN_DONE,
	PLAN_DROPPED,
	PLAN_REOPENED,
	PLAN_ST_N
};
struct planitem {
	size_t		 q;		/* index into model.q */
	int		 level, rank;	/* of its question, its capability */
	int		 step, reaches;
	int		 status;
	int		 was;		/* status in the previous plan; -1 */
	unsigned long	 line, prevline;	/* in the gap, previous plan */
	const char	*owner, *note;	/* into a table read, or NULL */
	size_t		 ownerlen, notelen;
	int		 label;		/* strictest of its gap, register rows */
	long		 day;		/* its status was set; -1 not said */
	long		 start, end;	/* as the register has them; -1 */
	int		 undated;	/* done, no day, and still a gap */
};
/* The register's optional columns, and what reading it counted. */
enum { RC_OWNER, RC_NOTE, RC_TLP, RC_DATE, RC_START, RC_END, RC_N };
struct regcount {
	size_t		 met, kept;
};
struct owners {
	const char	**name;		/* into the roster read */
	size_t		 *len;
	int		 *label;
	size_t		  n;
	int		  labelled;	/* the roster has a tlp column */
};
int	 plan_status_parse(const char *, size_t);
const char *plan_status_word(int, const char *);
int	 plan_read_gap(const struct model *, const struct table *,
	    struct planitem **, size_t *, int *, int *, const char **,
	    struct diag *);
int	 plan_schedule(const struct model *, struct planitem *, size_t, int,
	    int, int *, struct diag *);
int	 plan_roster(const struct table *, struct owners *, struct diag *);
void	 owners_free(struct owners *);
int	 plan_register(const struct model *, const struct table *,
	    struct planitem *, size_t, long, struct regcount *, int *, int *,
	    struct diag *);
void	 plan_guidance(const struct guide *, const char *, int,
	    struct strbuf *);
int	 plan_actions(const struct model *, const struct table *,
	    const char **, struct diag *);

/* fold.c: names folded (NFC, full case folding) into keys to compare */
char	*fold_name(const char *, size_t, size_t *);

/* roster-read.c: the member list read, its organisations and labels */
enum role { ROLE_MEMBER, ROLE_CHAIR, ROLE_VICE, ROLE_SECRETARY };
enum rep { REP_NONE, REP_FIXED, REP_SUBSTITUTE };
#define ROSTER_NODATE	(-9999999L)	/* an empty date */
#define ROSTER_BADDATE	(-9999998L)	/* one that cannot be read */
#define ROSTER_KNOWN(d)	((d) > -1000000L)
struct member {
	char		*org, *name, *email;	/* trimmed */
	char		*name_key, *email_key;	/* folded (fold.c) */
	size_t		 org_i;		/* index into roster.org */
	int		 role, rep, active;
	int		 tlp;		/* its row's label (enum tlp) */
	long		 signed_on, joined, left, since;
	unsigned long	 line;
};
struct rorg {
	const char	*name;		/* as first written */
	int		 member;	/* has an active representative */
	int		 tlp;		/* the strictest label of its rows */
	size_t		 nfixed, nsub;	/* active ones */
};
struct roster {
	struct table	 t;
	struct member	*m;		/* one per row */
	size_t		 n;
	struct rorg	*org;		/* in order of first appearance */
	size_t		 norg;
	size_t		 nmember;	/* member organisations */
	struct strtab	*orgs;		/* folded name -> index into org */
	struct strtab	*people;	/* org and folded name -> person */
	size_t		*person;	/* person -> its first row */
	size_t		 npeople;
	int		 labelled;	/* the roster has a tlp column */
	int		 tlp_active;	/* the strictest of active rows */
	int		 col_signed, col_joined, col_left, col_since;
	int		 col_tlp;
};
int	 roster_read(struct roster *, const char *, const struct csvopt *,
	    int, struct diag *);
int	 roster_table_read(struct table *, const char *,
	    const struct csvopt *, const char *const *, struct diag *);
void	 roster_free(struct roster *);
long	 roster_org_find(const struct roster *, const char *, size_t);
long	 roster_person_find(const struct roster *, size_t, const char *,
	    size_t);
int	 roster_role_parse(const char *, size_t);
int	 roster_rep_parse(const char *, size_t);
const char *roster_role_name(int);

/* roster-rules.c: the rules the guides set, and checklist evidence */
enum rule {
	RULE_BAD_DATE, RULE_BAD_EMAIL, RULE_LEFT_BEFORE_JOINED,
	RULE_FUNCTIONAL, RULE_SIGNED, RULE_DUP_EMAIL, RULE_DUP_PERSON,
	RULE_FIXED, RULE_SUBSTITUTE, RULE_MIXED, RULE_CHAIR, RULE_VICE,
	RULE_SECRETARY, RULE_SIZE
};
struct finding {
	int		 rule;		/* enum rule */
	int		 error;		/* else a warning */
	int		 tlp;		/* of the rows it was made from */
	const char	*org, *name;	/* "" when not about one */
	char		*msg;
};
struct findings {
	struct finding	*f;
	size_t		 n, cap;
};
struct evidence {
	const char	*id;
	int		 answer;	/* enum answer */
	int		 tlp;
	char		*note;
};
const char *roster_rule_id(int);
const char *roster_email_problem(const char *);
const char *roster_functional(const char *);
long	 roster_check(const struct roster *, unsigned long, unsigned long,
	    struct findings *, struct diag *);
void	 findings_free(struct findings *);
int	 roster_evidence(const struct roster *, struct evidence [2]);
void	 evidence_free(struct evidence [2]);
long	 roster_term_end(long, int);

/* roster-mail.c: the mailing list, and members as import lines */
struct strbuf;
enum mailfmt { MAIL_PLAIN, MAIL_MAILMAN, MAIL_SYMPA, MAIL_CSV };
struct mailto {
	const struct member *m;		/* the first row of its address */
	int		 tlp;		/* the strictest of those rows */
	const char	*why;		/* left off the list: why */
};
long	 roster_mail_list(const struct roster *, int, struct mailto **,
	    size_t *, struct diag *);
int	 roster_mailbox(struct strbuf *, const char *, const char *, int);

/* meetings.c: the year's meetings, attendance, and admission votes */
struct meeting {
	long	 date;
	long	 agenda_due;
	long	 host;		/* index into roster.org, or -1 */
};
struct orgatt {
	size_t	 meetings, attended, longest, substitute;
	int	 tlp;		/* its roster rows' and attendance rows' */
};
struct repatt {
	size_t	 meetings, attended;
	int	 tlp;		/* its roster row's and attendance rows' */
};
enum decision { ADMIT_PENDING, ADMIT_YES, ADMIT_NO };
struct admission {
	char		*candidate;	/* as first written */
	int		 decision;	/* enum decision */
	int		 tlp;		/* the strictest of its vote rows */
	unsigned char	*vote;		/* per organisation: 0, ANS_YES, ANS_NO */
	unsigned long	*line;		/* per organisation: where it voted */
};
/* Days a meeting avoids, sorted, overlapping ones merged. */
struct span {
	long	 lo, hi;
};
struct avoid {
	struct span	*s;
	size_t		 n;
};
#define AVOID_BYTES_MAX	(1024 * 1024)	/* an avoid file's size */
#define MEET_NONE	(-9999999L)	/* no day found */
struct meetplan {
	int		 year, count, weekday, agenda_weeks;
	long		 first;		/* the first host, -1: the first */
	int		 carnival;	/* avoid carnival */
	const struct avoid *avoid;	/* NULL: the default summer */
};
int	 meetings_weekday(const char *);
int	 meetings_plan(const struct roster *, const struct meetplan *,
	    struct meeting *, struct diag *);
int	 meetings_avoid_read(struct avoid *, const char *, struct diag *);
void	 meetings_avoid_free(struct avoid *);
enum { MEET_ATTENDANCE, MEET_VOTES };	/* what meetings_read reads */
int	 meetings_read(struct table *, const char *, const struct csvopt *,
	    int, struct diag *);
int	 meetings_attendance(const struct roster *, const struct table *,
	    struct orgatt *, struct repatt *, struct diag *);
long	 meetings_admit(const struct roster *, const struct table *,
	    struct admission **, struct diag *);
void	 meetings_admit_free(struct admission *, size_t);
int	 meetings_labelled(const struct roster *, const struct table *);

/* due.c: what needs a person by a date, from the records */
enum duekind {			/* in the order the table sorts them */
	DUE_AGENDA, DUE_EVALUATION, DUE_MEETING, DUE_SIGNATURE, DUE_STEP,
	DUE_TERM, DUE_N
};
struct dueitem {
	long		 due;		/* the day */
	int		 kind;		/* enum duekind */
	char		*subject, *who, *msg;
	int		 tlp;		/* of the rows it was made from */
	size_t		 seq;		/* order of arrival */
};
struct duelist {
	struct dueitem	*it;
	size_t		 n, cap;
	int		 labelled;	/* an input had a tlp column */
};
struct dueopt {
	long		 date;		/* the day to look from */
	int		 days;		/* how far ahead an agenda is soon */
	int		 max_years;	/* the longest term of office */
};
struct dueeval {			/* the answers, as far as due reads them */
	char		*period;	/* the latest, as written; or NULL */
	long		 end;		/* its last day */
	int		 tlp;		/* the strictest of its rows */
	int		 labelled;
	size_t		 undated;	/* rows whose period says no date */
	size_t		 nnoperiod;	/* files without a period column */
	char		*noperiod;	/* the first of them */
};
const char *due_kind_name(int);
int	 due_answers(struct csvr *, void *, struct diag *);
int	 due_evaluation(struct duelist *, const struct dueeval *,
	    const struct dueopt *, struct diag *);
int	 due_roster(struct duelist *, const struct roster *,
	    const struct dueopt *, struct diag *);
int	 due_meetings(struct duelist *, const struct roster *,
	    const struct table *, const struct dueopt *, struct diag *);
int	 due_plan(struct duelist *, const struct table *,
	    const struct dueopt *, struct diag *);
void	 due_sort(struct duelist *);
void	 due_free(struct duelist *);
void	 dueeval_free(struct dueeval *);

/* rostertab.c: the tables isac-roster writes */
int	 rtab_check(struct out *, const struct roster *, unsigned long,
	    unsigned long, struct diag *);
int	 rtab_mailing_list(struct out *, const struct roster *,
	    const struct mailto *, size_t, int, struct diag *);
void	 rtab_meetings(struct out *, const struct roster *,
	    const struct meeting *, size_t);
int	 rtab_attendance(struct out *, const struct roster *,
	    const struct table *, int, size_t, struct diag *);
int	 rtab_admit(struct out *, const struct roster *, const struct table *,
	    struct diag *);
int	 rtab_terms(struct out *, const struct roster *, int, long);
int	 rtab_evidence(struct out *, const struct roster *);
int	 rtab_due(struct out *, const struct duelist *);

/* ics.c: RFC 5545 calendars: CRLF, folded lines, escaped text */
struct icsevent {			/* an event of the calendar sent before */
	char		*uid;
	char		*stamp;		/* its DTSTAMP */
	char		*body;		/* its other lines, each ending in LF */
	long		 seq;		/* its SEQUENCE */
	unsigned long	 line;
};
struct icsprev {
	struct icsevent	*ev;
	size_t		 n;
};
#define ICS_BYTES_MAX	(16 * 1024 * 1024)	/* a calendar read */
struct icsopt {
	const char	*name;		/* of the ISAC: summary, UID */
	const char	*lang;
	int		 start;		/* minutes after midnight; -1 all day */
	int		 duration;	/* minutes */
	long long	 dtstamp;	/* seconds since 1970-01-01 UTC */
	const char	*location;	/* or NULL */
	int		 year;		/* of the meetings */
	const struct icsprev *prev;	/* the calendar sent before, or NULL */
};
void	 ics_write(FILE *, const char *);
void	 ics_add(struct strbuf *, const char *, const char *);
void	 ics_add_text(struct strbuf *, const char *, const char *);
long	 ics_meetings(FILE *, const struct roster *, const struct meeting *,
	    size_t, const struct icsopt *);
int	 ics_read(struct icsprev *, const char *, struct diag *);
void	 ics_prev_free(struct icsprev *);

/* width.c: UTF-8 decoded leniently, and display width on a terminal */
size_t	 utf8_decode(const char *, size_t, unsigned long *);
int	 cp_width(unsigned long);
size_t	 text_width(const char *, size_t);

/* escape.c: data written as text in HTML, SVG, Markdown, JSON, a tty */
void	 esc_xml(FILE *, const char *, size_t);
void	 esc_xmls(FILE *, const char *);
void	 esc_html_lines(FILE *, const char *, size_t);
void	 esc_md(FILE *, const char *, size_t);
void	 esc_mds(FILE *, const char *);
void	 esc_json(FILE *, const char *, size_t);
void	 esc_jsons(FILE *, const char *);
size_t	 esc_term(FILE *, const char *, size_t);
size_t	 esc_term_width(const char *, size_t);

/* tlp.c: Traffic Light Protocol 2.0 labels, least restricted first */
enum tlp {
	TLP_NONE = -1,
	TLP_CLEAR,
	TLP_GREEN,
	TLP_AMBER,
	TLP_AMBER_STRICT,
	TLP_RED,
	TLP_N,
	TLP_WHITE = 99		/* TLP 1.0's word for CLEAR: refused */
};
int	 tlp_parse(const char *, size_t);
const char *tlp_label(int);
const char *tlp_colour(int);
int	 tlp_value(const char *, size_t, const char *, unsigned long,
	    struct diag *);
int	 tlp_max(int, int);

/* tables.h: the table kinds, declared once, and their recogniser */
#include "tables.h"

/* vocab.h: the words of documents and spreadsheets, English and Dutch */
#include "vocab.h"

/* render.c: tables as one document: text, Markdown, HTML, SVG, JSON, CSV,
   or a workbook */
enum rfmt {
	RF_TEXT,
	RF_CSV,
	RF_MD,
	RF_HTML,
	RF_SVG,
	RF_JSON,
	RF_XLSX,
	RF_ODS
};
enum chart {
	CHART_AUTO,		/* as the tables say */
	CHART_RADAR,
	CHART_BARS,
	CHART_TREND
};
struct ropt {
	int		 fmt;		/* enum rfmt */
	int		 chart;		/* enum chart */
	int		 tlp;		/* enum tlp; TLP_NONE: from the tables */
	int		 colour;	/* text: ANSI colour */
	int		 width;		/* text: columns to fit; 0 any */
	const char	*lang;
	const char	*title;		/* NULL: from the tables */
};
struct rdoc;
int	 rfmt_parse(const char *);
int	 chart_parse(const char *);
struct rdoc *rdoc_new(const struct ropt *, struct diag *);
int	 rdoc_read(struct rdoc *, struct csvr *, struct diag *);
int	 rdoc_finish(struct rdoc *, struct diag *);
int	 rdoc_tlp(const struct rdoc *);
size_t	 rdoc_nsec(const struct rdoc *);
unsigned long rdoc_dropped(const struct rdoc *, size_t, const char **);
void	 rdoc_write(const struct rdoc *, FILE *, struct out *);
int	 rdoc_book(const struct rdoc *, FILE *, struct diag *);
void	 rdoc_free(struct rdoc *);

/* date.c: calendar dates as days since 1970-01-01, no locale, no TZ */
int	 date_parse(const char *, size_t, long *);
int	 date_period_end(const char *, long *);
void	 date_format(long, char [11]);
int	 date_valid(int, int, int);
long	 date_make(int, int, int);
void	 date_split(long, int *, int *, int *);
int	 date_weekday(long);
long	 date_add_months(long, int);
long	 date_easter(int);
const char *date_holiday_nl(long);
int	 date_carnival(long);
int	 date_range_parse(const char *, size_t, long *, long *);
int	 date_stamp(long long, long long *, struct diag *);
int	 date_today(long *, struct diag *);

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
	int	 top;		/* its highest level */
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
int	 model_open(struct model *, const char *, const char *, struct diag *);
void	 model_free(struct model *);
long	 model_find(const struct model *, const char *, size_t);
long	 model_cap_find(const struct model *, const char *, size_t);

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
const char *answer_word(enum answer, const char *);
int	 consensus_parse(const char *);
enum answer consensus(const unsigned long[ANS_N], enum consensus);

/* tally.c: answers files read into votes per period and question */
struct tally;
struct tally *tally_new(const struct model *);
void	 tally_free(struct tally *);
int	 tally_read(struct tally *, struct csvr *, struct diag *);
int	 tally_read_files(struct tally *, int, char *const [],
	    const struct csvopt *, struct diag *);
long	 tally_period_find(const struct tally *, const char *);
int	 tally_has_notes(const struct tally *);
const char *tally_files(const struct tally *, char *, size_t);
void	 tally_note(const struct tally *, size_t, size_t, struct strbuf *);
int	 tally_labelled(const struct tally *);
const char *tally_warnings(const struct tally *);
#define TALLY_CHECK	8	/* a previous cell's check, NUL included */
void	 tally_check(const char *, size_t, char [TALLY_CHECK]);
int	 tally_label(const struct tally *, size_t, size_t);
int	 tally_cap_label(const struct tally *, size_t, size_t);
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
int	 score_met(enum answer);
size_t	 score_missing(const struct model *, const struct tally *, size_t,
	    enum consensus, size_t, int, size_t *);
int	 score_overdue(const char *, long);

/* report.c: isac-score's tables, written to an output handle */
int	 report_template(struct out *, const struct model *,
	    const struct tally *, enum consensus, const char *);
int	 report_scores(struct out *, const struct model *,
	    const struct tally *, enum consensus, int);
int	 report_disagreements(struct out *, const struct model *,
	    const struct tally *);

/* checklist.c: the blank checklist as a workbook to fill in */
int	 checklist_write(FILE *, int, const struct model *,
	    const struct tally *, enum consensus, const char *, int,
	    struct diag *);

/* gaptab.c: isac-gap's tables, written to an output handle */
struct gapw {
	const struct model *m;
	const struct tally *t;
	enum consensus	 rule;
	const char	*lang;		/* of the answer words */
	const int	*tlabel;	/* per capability: its target's label */
};
int	 gaptab_items(struct out *, const struct gapw *, size_t, const int *);
int	 gaptab_summary(struct out *, const struct gapw *, size_t,
	    const struct capscore *, const int *);
int	 gaptab_changes(struct out *, const struct gapw *, size_t, size_t);
int	 gaptab_changesum(struct out *, const struct gapw *, size_t, size_t);

/* plantab.c: isac-plan's tables, written to an output handle */
struct plan {
	struct model	 m;
	struct table	 gap, roster, prev, actions;
	struct planitem	*it;
	size_t		 n;
	int		*rank;		/* per capability: its order */
	const char	**act;		/* per question: its action, or NULL */
	struct owners	 own;
	struct guide	*g;
	int		 hasnote;
	int		 labelled;	/* the gap or the register */
	const char	*period;	/* of the gap's evaluation, or NULL */
};
void	 plan_free(struct plan *);
int	 plantab_write(struct out *, const struct plan *, long, int,
	    const char *);
int	 plantab_phases(struct out *, const struct table *, struct diag *);

#endif
