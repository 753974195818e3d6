/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * vocab.c: every word the toolkit writes for people, in English and in
 * Dutch, in one place: the title of each column the tables declare (and
 * of the columns a secretary keeps beside them), the heading of each
 * kind of table, the phrases of the documents, the words of values
 * (answers, statuses, severities, decisions, yes and no, roles), the
 * weekdays and months, and what each roster rule says.
 *
 * A column's English title is its name, as the programs write it; its
 * Dutch title is what they write with --excel -l nl and what isac-render
 * shows with -l nl, and colname.c reads it back as that column.  A value
 * is written in English unless a document or spreadsheet is Dutch;
 * either language, in any case, is read (vocab_value).
 *
 * Roster findings are composed in English by isac-roster; a document
 * shows each in its own language by the patterns below: a pattern of
 * either language that matches the message whole gives the parts to put
 * into the other's.  A message no pattern matches is, in a Dutch
 * document, what its rule checks, with its line.
 */
#include <string.h>

#include "isac.h"

/* Column titles: the name, and the Dutch; '#' stands for a level. */
static const struct {
	const char	*name, *nl;
} cols[] = {
	{ "id", "nr" },
	{ "period", "periode" },
	{ "respondent", "respondent" },
	{ "capability", "capaciteit" },
	{ "name", "naam" },
	{ "level", "niveau" },
	{ "yes_#", "ja #" },
	{ "applicable_#", "van toepassing #" },
	{ "unanswered", "onbeantwoord" },
	{ "missing", "ontbreekt" },
	{ "question", "vraag" },
	{ "answer", "antwoord" },
	{ "note", "toelichting" },
	{ "notes", "toelichtingen" },
	{ "previous", "vorig antwoord" },
	{ "previous_note", "vorige toelichting" },
	{ "previous_check", "vorige controle" },
	{ "yes", "ja" },
	{ "no", "nee" },
	{ "partial", "deels" },
	{ "n/a", "nvt" },
	{ "current", "huidig" },
	{ "target", "doel" },
	{ "gap", "verschil" },
	{ "from", "van" },
	{ "to", "naar" },
	{ "change", "verandering" },
	{ "step", "stap" },
	{ "reaches", "bereikt" },
	{ "action", "actie" },
	{ "guidance", "handreiking" },
	{ "owner", "eigenaar" },
	{ "status", "voortgang" },
	{ "start", "begin" },
	{ "end", "eind" },
	{ "phase", "fase" },
	{ "org", "organisatie" },
	{ "email", "e-mail" },
	{ "role", "rol" },
	{ "rep", "vertegenwoordiger" },
	{ "signed", "ondertekend" },
	{ "joined", "toegetreden" },
	{ "left", "vertrokken" },
	{ "phone", "telefoon" },
	{ "since", "sinds" },
	{ "term_end", "einde termijn" },
	{ "severity", "ernst" },
	{ "rule", "controle" },
	{ "message", "melding" },
	{ "date", "datum" },
	{ "agenda_due", "agenda gereed" },
	{ "host", "gastheer" },
	{ "meetings", "bijeenkomsten" },
	{ "attended", "bijgewoond" },
	{ "rate", "opkomst" },
	{ "longest_absence", "langste afwezigheid" },
	{ "flagged", "gesignaleerd" },
	{ "substitute_present", "vervanger aanwezig" },
	{ "present", "aanwezig" },
	{ "candidate", "kandidaat" },
	{ "vote", "stem" },
	{ "decision", "besluit" },
	{ "due", "uiterlijk" },
	{ "kind", "soort" },
	{ "subject", "onderwerp" },
	{ "who", "wie" },
	{ "absent", "afwezig" },
	{ "brings", "brengen" },
	{ "takes", "halen" },
	{ "answered", "beantwoord" },
	{ "checklist", "checklist" },
	{ "text", "tekst" },
	{ "venue", "locatie" },
	{ "topics", "thema's" },
	{ "topic", "thema" },
	{ "meeting", "bijeenkomst" },
	{ "speaker", "spreker" },
	{ "number", "volgnummer" },
	{ "item", "agendapunt" },
	{ "minuted", "genotuleerd" },
	{ "minutes", "verslag" },
	{ "representative", "voorgestelde vertegenwoordiger" },
	{ "below_minimum", "onder het minimum" },
	{ "tlp", "tlp" },
};

/* The heading of each kind's section. */
static const char *const kinds[TK_N][2] = {
	[TK_SCORE] = { "Maturity per capability",
	    "Volwassenheid per capaciteit" },
	[TK_TEMPLATE] = { "Checklist", "Checklist" },
	[TK_ANSWERS] = { "Answers", "Antwoorden" },
	[TK_DISAGREE] = { "Disagreements", "Verschillen in de antwoorden" },
	[TK_GAP] = { "Gaps to the target", "Wat ontbreekt voor het doel" },
	[TK_GAPSUM] = { "Current and target level",
	    "Huidig en gewenst niveau" },
	[TK_CHANGES] = { "Changes", "Veranderingen" },
	[TK_CHANGESUM] = { "Changes per capability",
	    "Veranderingen per capaciteit" },
	[TK_PLAN] = { "Action plan", "Actieplan" },
	[TK_PHASES] = { "Phases", "Fasen" },
	[TK_ROSTER] = { "Members", "Deelnemers" },
	[TK_FINDINGS] = { "Roster findings",
	    "Bevindingen over de deelnemers" },
	[TK_MEETINGS] = { "Meetings", "Bijeenkomsten" },
	[TK_ATTENDANCE] = { "Attendance", "Aanwezigheid" },
	[TK_REPATT] = { "Attendance per representative",
	    "Aanwezigheid per vertegenwoordiger" },
	[TK_ADMISSION] = { "Admission", "Toelating" },
	[TK_TERMS] = { "Terms ended", "Verlopen termijnen" },
	[TK_MAILING] = { "Mailing list", "Maillijst" },
	[TK_DUE] = { "Due", "Te doen" },
	[TK_EVALUATION] = { "Evaluation", "Evaluatie" },
	[TK_RETURNS] = { "Checklist returns", "Ingeleverde checklists" },
	[TK_DISRESP] = { "Disagreements per respondent",
	    "Verschillen per respondent" },
	[TK_GUIDE] = { "What each level means",
	    "Wat elk niveau inhoudt" },
	[TK_TOPICS] = { "Annual planning", "Jaarplanning" },
	[TK_AGENDA] = { "Agenda", "Agenda" },
	[TK_MINUTES] = { "Minutes", "Verslag" },
	[TK_ACTIONS] = { "Actions", "Actiepunten" },
};

/* The phrases of the documents; a heading and a column's title are too. */
static const char *const phrases[][2] = {
	{ "Level", "Niveau" },
	{ "Capability", "Capaciteit" },
	{ "Current", "Huidig" },
	{ "Target", "Doel" },
	{ "Gap", "Verschil" },
	{ "no level", "geen niveau" },
	{ "no level: every question n/a",
	    "geen niveau: elke vraag nvt" },
	{ "reached", "bereikt" },
	{ "not reached", "niet bereikt" },
	{ "Needed for the next level", "Nodig voor het volgende niveau" },
	{ "Levels over time", "Niveaus door de tijd" },
	{ "Owner", "Eigenaar" },
	{ "Notes", "Toelichting" },
	{ "Previous answer", "Vorig antwoord" },
	{ "reaches level", "bereikt niveau" },
	{ "questions answered yes", "vragen met ja beantwoord" },
	{ "answered yes / applicable",
	    "met ja beantwoord / van toepassing" },
	{ "Question", "Vraag" },
	{ "Features", "Kenmerken" },
	{ "Tools and strategies", "Handvatten en hulpmiddelen" },
	{ "Points for attention", "Aandachtspunten" },
	{ "Questions", "Vragen" },
	/* The standing items of an agenda (agenda.c). */
	{ "Opening", "Opening" },
	{ "Actions of the previous meeting",
	    "Actiepunten van de vorige bijeenkomst" },
	{ "Current affairs and members' questions",
	    "Actualiteiten en vragen van deelnemers" },
	{ "Break", "Pauze" },
	{ "Rondje Rood (TLP:RED, not minuted)",
	    "Rondje Rood (TLP:RED, niet genotuleerd)" },
	{ "Any other business", "Rondvraag" },
	{ "Closing", "Sluiting" },
	{ "not minuted", "niet genotuleerd" },
	{ "Annual report", "Jaarverslag" },
	{ "Contents", "Inhoud" },
	{ "The year in brief", "Het jaar in het kort" },
	{ "Introduction", "Inleiding" },
	{ "What", "Wat" },
	{ "Number", "Aantal" },
	{ "Source", "Bron" },
	{ "not given", "niet meegegeven" },
	{ "of", "van" },
	{ "Meetings held", "Bijeenkomsten gehouden" },
	{ "Meetings planned", "Bijeenkomsten gepland" },
	{ "Average attendance", "Gemiddelde aanwezigheid" },
	{ "Topics in the annual planning",
	    "Onderwerpen in de jaarplanning" },
	{ "Topics", "Onderwerpen" },
	{ "Organisations at the end of the year",
	    "Organisaties aan het eind van het jaar" },
	{ "Organisations joined", "Organisaties toegetreden" },
	{ "Organisations left", "Organisaties vertrokken" },
	{ "Representatives joined", "Vertegenwoordigers toegetreden" },
	{ "Representatives left", "Vertegenwoordigers vertrokken" },
	{ "Levels", "Niveaus" },
	{ "Levels a year ago and now", "Niveaus een jaar geleden en nu" },
	{ "Capabilities at their target",
	    "Capaciteiten op het gewenste niveau" },
	{ "Plan steps done", "Stappen van het plan klaar" },
	{ "Plan steps dropped", "Stappen van het plan vervallen" },
	{ "Candidates admitted", "Kandidaten toegelaten" },
	{ "Candidates pending", "Kandidaten in behandeling" },
};

/* The words of values, by class and value; NULL ends a list. */
static const char *const words[VW_N][2][8] = {
	[VW_ANSWER] = { { "", "yes", "no", "partial", "n/a", NULL },
	    { "", "ja", "nee", "deels", "nvt", NULL } },
	[VW_STATUS] = {
	    { "open", "started", "done", "dropped", "reopened", NULL },
	    { "open", "gestart", "klaar", "vervallen", "heropend", NULL } },
	[VW_SEVERITY] = { { "error", "warning", NULL },
	    { "fout", "waarschuwing", NULL } },
	[VW_DECISION] = { { "pending", "admitted", "rejected", NULL },
	    { "in behandeling", "toegelaten", "afgewezen", NULL } },
	[VW_YESNO] = { { "no", "yes", NULL }, { "nee", "ja", NULL } },
	[VW_ROLE] = { { "member", "chair", "vice-chair", "secretary", NULL },
	    { "lid", "voorzitter", "vicevoorzitter", "secretaris", NULL } },
	[VW_REP] = { { "", "primary", "substitute", NULL },
	    { "", "vast", "plaatsvervanger", NULL } },
	[VW_RETURN] = {
	    { "returned", "incomplete", "missing", "not on the roster", NULL },
	    { "ingeleverd", "onvolledig", "ontbreekt",
	    "niet op de deelnemerslijst", NULL } },
	[VW_GUIDE] = { { "name", "description", "feature", "tool",
	    "attention", "question", NULL },
	    { "naam", "beschrijving", "kenmerk", "hulpmiddel",
	    "aandachtspunt", "vraag", NULL } },
	[VW_DUE] = { { "action", "agenda", "evaluation", "meeting",
	    "signature", "step", "term", NULL },
	    { "actiepunt", "agenda", "evaluatie", "bijeenkomst",
	    "ondertekening", "stap", "termijn", NULL } },
};

static const char *const weekdays[2][7] = {
	{ "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	    "Saturday", "Sunday" },
	{ "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
	    "zaterdag", "zondag" },
};

static const char *const months[2][12] = {
	{ "January", "February", "March", "April", "May", "June", "July",
	    "August", "September", "October", "November", "December" },
	{ "januari", "februari", "maart", "april", "mei", "juni", "juli",
	    "augustus", "september", "oktober", "november", "december" },
};

/* The roster rules (roster-rules.c): the id, its Dutch name, what it asks. */
static const struct {
	const char	*id, *nl;
	const char	*says[2];
} rules[] = {
	{ "bad-date", "ongeldige datum", { "a date that cannot be read",
	    "een datum die niet te lezen is" } },
	{ "bad-email", "ongeldig adres", { "an address no mail server takes",
	    "een adres dat geen mailserver aanneemt" } },
	{ "left-before-joined", "vertrek voor toetreding",
	    { "left before joining", "vertrokken vóór de toetreding" } },
	{ "functional-address", "functioneel adres",
	    { "a functional mailbox, not a personal address",
	    "een functionele mailbox, geen persoonlijk adres" } },
	{ "signed", "niet ondertekend",
	    { "has not signed the membership guidelines",
	    "heeft de deelnemersrichtlijnen niet ondertekend" } },
	{ "duplicate-email", "dubbel adres", { "an address given twice",
	    "een adres dat twee keer voorkomt" } },
	{ "duplicate-person", "dubbele persoon", { "a person given twice",
	    "een persoon die twee keer voorkomt" } },
	{ "fixed-reps", "vaste vertegenwoordigers",
	    { "not one or two fixed representatives",
	    "niet één of twee vaste vertegenwoordigers" } },
	{ "substitute", "vervanger", { "no standard substitute",
	    "geen vaste vervanger" } },
	{ "mixed-domains", "gemengde domeinen",
	    { "people on several mail domains",
	    "mensen op meerdere maildomeinen" } },
	{ "chair", "voorzitter", { "not one active chair",
	    "niet één actieve voorzitter" } },
	{ "vice-chair", "vicevoorzitter", { "not one active vice-chair",
	    "niet één actieve vicevoorzitter" } },
	{ "secretary", "secretaris", { "not one active secretary",
	    "niet één actieve secretaris" } },
	{ "size", "omvang", { "too many active organisations",
	    "te veel actieve organisaties" } },
	{ "topic-owner", "eigenaar thema", { "an owner who is not a member",
	    "een eigenaar die geen deelnemer is" } },
	{ "topic-host", "gastheer thema",
	    { "a host that is not a member organisation",
	    "een gastheer die geen deelnemende organisatie is" } },
	{ "topic-meeting", "bijeenkomst thema",
	    { "a meeting that is not in the meetings table",
	    "een bijeenkomst die niet in de bijeenkomsten staat" } },
};

/*
 * What isac-roster writes, and the same in Dutch.  %1 to %9 are the
 * parts carried over; %dN is digits, %cN a column (its title is put in),
 * %rN a role and %sN a plan's status (its word is put in).
 */
static const struct {
	const char	*rule;
	const char	*text[2];
} msgs[] = {
	{ "bad-date", {
	    "line %d1: bad date '%2' in column '%c3' (use YYYY-MM-DD or "
	    "DD-MM-YYYY)",
	    "regel %d1: ongeldige datum '%2' in kolom '%c3' "
	    "(schrijf JJJJ-MM-DD of DD-MM-JJJJ)" } },
	{ "left-before-joined", { "line %d1: left before joining",
	    "regel %d1: vertrokken vóór de toetreding" } },
	{ "bad-email", { "line %d1: no address", "regel %d1: geen adres" } },
	{ "bad-email", { "line %d1: no '@' in the address",
	    "regel %d1: geen '@' in het adres" } },
	{ "bad-email", { "line %d1: more than one '@' in the address",
	    "regel %d1: meer dan één '@' in het adres" } },
	{ "bad-email", { "line %d1: nothing before the '@'",
	    "regel %d1: niets vóór de '@'" } },
	{ "bad-email", { "line %d1: a dot at the start or end of the part "
	    "before '@', or two dots", "regel %d1: een punt aan het begin of "
	    "eind van het deel vóór de '@', of twee punten" } },
	{ "bad-email", { "line %d1: a space or other character not allowed "
	    "in an address", "regel %d1: een spatie of ander teken dat niet "
	    "in een adres mag" } },
	{ "bad-email", { "line %d1: an empty part in the domain",
	    "regel %d1: een leeg deel in het domein" } },
	{ "bad-email", { "line %d1: a domain part that ends in a hyphen",
	    "regel %d1: een deel van het domein dat op een streepje "
	    "eindigt" } },
	{ "bad-email", { "line %d1: a domain part that starts with a hyphen",
	    "regel %d1: een deel van het domein dat met een streepje "
	    "begint" } },
	{ "bad-email", { "line %d1: a character not allowed in the domain",
	    "regel %d1: een teken dat niet in het domein mag" } },
	{ "bad-email", { "line %d1: a domain without a dot",
	    "regel %d1: een domein zonder punt" } },
	{ "functional-address", { "line %d1: '%2@' is a functional mailbox, "
	    "not a personal address", "regel %d1: '%2@' is een functionele "
	    "mailbox, geen persoonlijk adres" } },
	{ "signed", { "line %d1: has not signed the membership guidelines",
	    "regel %d1: heeft de deelnemersrichtlijnen niet ondertekend" } },
	{ "duplicate-email", { "line %d1: the address of line %d2 again",
	    "regel %d1: hetzelfde adres als op regel %d2" } },
	{ "duplicate-person", { "line %d1: the person of line %d2 again",
	    "regel %d1: dezelfde persoon als op regel %d2" } },
	{ "fixed-reps", { "no fixed representative: the guide asks for one "
	    "or at most two", "geen vaste vertegenwoordiger: de handreiking "
	    "vraagt om één, hoogstens twee" } },
	{ "fixed-reps", { "%d1 fixed representatives: the guide asks for one "
	    "or at most two", "%d1 vaste vertegenwoordigers: de handreiking "
	    "vraagt om één, hoogstens twee" } },
	{ "substitute", { "no standard substitute",
	    "geen vaste vervanger" } },
	{ "mixed-domains", { "people on %d1 mail domains: %2",
	    "mensen op %d1 maildomeinen: %2" } },
	{ NULL, { "line %d1: a second %r2; the first is on line %d3",
	    "regel %d1: een tweede %r2; de eerste staat op regel %d3" } },
	{ NULL, { "no active %r1", "geen actieve %r1" } },
	{ "size", { "%d1 active organisations: more than %d2",
	    "%d1 actieve organisaties: meer dan %d2" } },
	/* what isac-roster due writes (due.c); %sN is a plan status */
	{ NULL, { "the latest evaluation, of period '%1', ended on %2: the "
	    "NCSC advises one every two years (\"Plan elke 2 jaar een "
	    "evaluatie\")", "de laatste evaluatie, over periode '%1', eindigde "
	    "op %2: het NCSC adviseert er een elke twee jaar (\"Plan elke 2 "
	    "jaar een evaluatie\")" } },
	{ NULL, { "the last evaluation was held on %1: the NCSC advises one "
	    "every two years (\"Plan elke 2 jaar een evaluatie\")",
	    "de laatste evaluatie was op %1: het NCSC adviseert er een elke "
	    "twee jaar (\"Plan elke 2 jaar een evaluatie\")" } },
	{ NULL, { "%r1 of %2 since %3: the term of at most %d4 years ended on "
	    "%5", "%r1 van %2 sinds %3: de termijn van hoogstens %d4 jaar "
	    "eindigde op %5" } },
	{ NULL, { "%r1 of %2 since %3: the term of at most %d4 year ended on "
	    "%5", "%r1 van %2 sinds %3: de termijn van hoogstens %d4 jaar "
	    "eindigde op %5" } },
	{ NULL, { "the agenda of the meeting on %1 was due on %2",
	    "de agenda van de bijeenkomst op %1 moest klaar zijn op %2" } },
	{ NULL, { "the agenda of the meeting on %1 is due on %2",
	    "de agenda van de bijeenkomst op %1 moet klaar zijn op %2" } },
	{ NULL, { "the meeting on %1, hosted by %2",
	    "de bijeenkomst op %1, met als gastheer %2" } },
	{ NULL, { "the meeting on %1", "de bijeenkomst op %1" } },
	{ NULL, { "line %d1: agreed on %2, ended on %3 and is %s4",
	    "regel %d1: afgesproken op %2, eindigde op %3 en is %s4" } },
	{ NULL, { "line %d1: ended on %2 and is %s3: %4",
	    "regel %d1: eindigde op %2 en is %s3: %4" } },
	{ NULL, { "line %d1: ended on %2 and is %s3",
	    "regel %d1: eindigde op %2 en is %s3" } },
};

/*
 * The longest message matched against the patterns, and the steps the
 * matching may take per byte of it: a hostile message of many quotes
 * costs time in proportion to its length, and is then no pattern's.
 */
#define MSG_MAX		1024
#define MSG_STEPS	16

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Is lang Dutch?  Every other language is English. */
int
vocab_nl(const char *lang)
{
	return lang != NULL && strcmp(lang, "nl") == 0;
}

/*
 * The phrase en in Dutch when nl, else en: a phrase, a section's heading
 * or a column's name.
 */
const char *
vocab_phrase(const char *en, int nl)
{
	size_t i;

	if (!nl)
		return en;
	for (i = 0; i < NELEM(phrases); i++)
		if (strcmp(phrases[i][0], en) == 0)
			return phrases[i][1];
	for (i = TK_TABLE + 1; i < TK_N; i++)
		if (strcmp(kinds[i][0], en) == 0)
			return kinds[i][1];
	return vocab_col(en, nl, NULL, 0);
}

/*
 * A phrase of the vocabulary s (len bytes) is in either language, in the
 * language nl says (an agenda's standing items, written by isac-roster in
 * the language of its -l); NULL for any other text.
 */
const char *
vocab_phrase_any(const char *s, size_t len, int nl)
{
	size_t i;
	int l;

	for (i = 0; i < NELEM(phrases); i++)
		for (l = 0; l < 2; l++)
			if (strlen(phrases[i][l]) == len &&
			    strncmp(phrases[i][l], s, len) == 0)
				return phrases[i][nl != 0];
	return NULL;
}

/* The heading of a section of kind k; NULL for a plain table. */
const char *
vocab_kind(int k, int nl)
{
	return k > TK_TABLE && k < TK_N ? kinds[k][nl != 0] : NULL;
}

/* Does name end, after what comes before '#' in pattern, in digits? */
static const char *
level_of(const char *name, const char *pattern)
{
	const char *h = strchr(pattern, '#');
	size_t n = (size_t)(h - pattern);

	if (h == NULL || strncmp(name, pattern, n) != 0 || name[n] == '\0' ||
	    name[n + strspn(name + n, "0123456789")] != '\0')
		return NULL;
	return name + n;
}

/*
 * The title of the column called name: its name in English, its Dutch
 * title when nl.  A level's title ("ja 2") is written in buf; without
 * room there, and for a column the vocabulary does not know, name.
 */
const char *
vocab_col(const char *name, int nl, char *buf, size_t size)
{
	const char *digits, *h;
	size_t i;

	if (!nl)
		return name;
	for (i = 0; i < NELEM(cols); i++) {
		if (strcmp(cols[i].name, name) == 0)
			return cols[i].nl;
		if ((digits = level_of(name, cols[i].name)) == NULL)
			continue;
		h = strchr(cols[i].nl, '#');
		if (buf == NULL || (size_t)snprintf(buf, size, "%.*s%s",
		    (int)(h - cols[i].nl), cols[i].nl, digits) >= size)
			return name;
		return buf;
	}
	return name;
}

/*
 * The name of the vocabulary's column i, and in *nl its Dutch title;
 * NULL past the last.  A name ending in '#' stands for every level.
 */
const char *
vocab_col_at(size_t i, const char **nl)
{
	if (i >= NELEM(cols))
		return NULL;
	*nl = cols[i].nl;
	return cols[i].name;
}

/* The word of value v of class c; "" for a value it has none for. */
const char *
vocab_word(int c, int v, int nl)
{
	int k;

	if (c < 0 || c >= VW_N || v < 0)
		return "";
	for (k = 0; k < v && words[c][0][k] != NULL; k++)
		;
	return words[c][0][k] == NULL ? "" : words[c][nl != 0][v];
}

/* The value of class c that s (len bytes) is a word of, either language. */
int
vocab_value(int c, const char *s, size_t len)
{
	int k, l;

	text_trim(&s, &len);
	if (c < 0 || c >= VW_N || len == 0)
		return -1;
	for (k = 0; words[c][0][k] != NULL; k++)
		for (l = 0; l < 2; l++)
			if (text_ieq(s, len, words[c][l][k]))
				return k;
	return -1;
}

/* Weekday wd, 1 Monday to 7 Sunday (as date_weekday counts). */
const char *
vocab_weekday(int wd, int nl)
{
	return wd >= 1 && wd <= 7 ? weekdays[nl != 0][wd - 1] : "";
}

/* Month m, 1 January to 12 December. */
const char *
vocab_month(int m, int nl)
{
	return m >= 1 && m <= 12 ? months[nl != 0][m - 1] : "";
}

/* The rule whose id or Dutch name s is, any case; -1 for none. */
static int
rule_find(const char *s, size_t len)
{
	size_t i;

	text_trim(&s, &len);
	for (i = 0; i < NELEM(rules); i++)
		if (text_ieq(s, len, rules[i].id) ||
		    text_ieq(s, len, rules[i].nl))
			return (int)i;
	return -1;
}

/* A rule's name: its id in English, a name in Dutch; NULL if unknown. */
const char *
vocab_rule(const char *s, size_t len, int nl)
{
	int i = rule_find(s, len);

	return i < 0 ? NULL : nl ? rules[i].nl : rules[i].id;
}

/* What a rule checks, as a sentence; NULL for a rule it does not know. */
const char *
vocab_rule_says(const char *s, size_t len, int nl)
{
	int i = rule_find(s, len);

	return i < 0 ? NULL : rules[i].says[nl != 0];
}

struct part {
	const char	*s;
	size_t		 len;
};

/*
 * Does s..e match the pattern p whole?  The parts are as short as they
 * can be, digits where %dN says so, a role's word where %rN does.  It
 * recurses only at a part, so its depth is the number of parts whatever
 * the message, and gives up, no match, after *steps steps.
 */
static int
match(const char *p, const char *s, const char *e, struct part *part,
    long *steps)
{
	const char *t;
	int n, digits, word;

	for (;;) {
		if (--*steps < 0)
			return 0;
		if (*p == '\0')
			return s == e;
		if (*p != '%') {
			if (s == e || *s != *p)
				return 0;
			p++;
			s++;
			continue;
		}
		digits = *++p == 'd';
		word = *p == 'r' ? VW_ROLE : *p == 's' ? VW_STATUS : -1;
		if (*p == 'c' || *p == 'r' || *p == 'd' || *p == 's')
			p++;
		n = *p++ - '0';
		for (t = s + 1; t <= e && *steps > 0; t++) {
			if (digits && (t[-1] < '0' || t[-1] > '9'))
				return 0;
			if (word >= 0 && vocab_value(word, s,
			    (size_t)(t - s)) < 0) {
				*steps -= 8;	/* a word of each role */
				continue;
			}
			if (match(p, t, e, part, steps)) {
				part[n].s = s;
				part[n].len = (size_t)(t - s);
				return 1;
			}
		}
		return 0;
	}
}

/* The English name of column title s in either language, or NULL. */
static const char *
col_name(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < NELEM(cols); i++)
		if (strchr(cols[i].name, '#') == NULL &&
		    (text_ieq(s, len, cols[i].name) ||
		    text_ieq(s, len, cols[i].nl)))
			return cols[i].name;
	return NULL;
}

/* The pattern p, its parts put in, in the language nl says. */
static void
put(struct strbuf *b, const char *p, const struct part *part, int nl)
{
	const struct part *x;
	const char *name;
	int mod, v;

	while (*p != '\0') {
		if (*p != '%') {
			sb_addc(b, *p++);
			continue;
		}
		mod = *++p;
		if (mod == 'c' || mod == 'r' || mod == 'd' || mod == 's')
			p++;
		x = &part[*p++ - '0'];
		if (mod == 'c' && (name = col_name(x->s, x->len)) != NULL)
			sb_add(b, vocab_col(name, nl, NULL, 0));
		else if (mod == 'r' &&
		    (v = vocab_value(VW_ROLE, x->s, x->len)) >= 0)
			sb_add(b, vocab_word(VW_ROLE, v, nl));
		else if (mod == 's' &&
		    (v = vocab_value(VW_STATUS, x->s, x->len)) >= 0)
			sb_add(b, vocab_word(VW_STATUS, v, nl));
		else
			sb_addn(b, x->s, x->len);
	}
}

/* The line a message starts with ("line 9: ..."), or 0. */
static unsigned long
line_of(const char *msg, size_t len)
{
	static const char *const lead[] = { "line ", "regel " };
	unsigned long n = 0;
	size_t i, k;

	for (k = 0; k < NELEM(lead); k++) {
		i = strlen(lead[k]);
		if (len <= i || strncmp(msg, lead[k], i) != 0)
			continue;
		for (; i < len && msg[i] >= '0' && msg[i] <= '9' &&
		    n < 100000000; i++)
			n = n * 10 + (unsigned long)(msg[i] - '0');
		return i < len && msg[i] == ':' ? n : 0;
	}
	return 0;
}

/*
 * Roster finding msg (mlen bytes) of the rule in rule (rlen bytes), in
 * the language nl says, added to b: 1.  A message of a pattern is put
 * in that pattern's other language; in a Dutch document, any other
 * message, or none, is what its rule checks, after its line.  0 when
 * the message is best shown as written, with b untouched.
 */
int
vocab_finding(struct strbuf *b, const char *rule, size_t rlen,
    const char *msg, size_t mlen, int nl)
{
	struct part part[10];
	const char *says;
	unsigned long line;
	long steps;
	size_t i;
	int r = rule_find(rule, rlen), l;

	for (i = 0; mlen <= MSG_MAX && i < NELEM(msgs); i++) {
		if (r >= 0 && msgs[i].rule != NULL &&
		    strcmp(msgs[i].rule, rules[r].id) != 0)
			continue;
		for (l = 0; l < 2; l++) {
			/* each pattern its own budget: a few dozen of them */
			steps = MSG_STEPS * (long)mlen + 1024;
			memset(part, 0, sizeof(part));
			if (match(msgs[i].text[l], msg, msg + mlen, part,
			    &steps)) {
				put(b, msgs[i].text[nl != 0], part, nl);
				return 1;
			}
		}
	}
	if ((!nl && mlen > 0) || r < 0 || (says = rules[r].says[nl != 0]) ==
	    NULL)
		return 0;
	if ((line = line_of(msg, mlen)) > 0)
		sb_printf(b, "%s %lu: ", nl ? "regel" : "line", line);
	sb_add(b, says);
	return 1;
}
