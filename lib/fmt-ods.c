/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * fmt-ods.c: a workbook (wbook.h) as an OpenDocument spreadsheet, ODF
 * 1.2, the open standard the Dutch government asks for.  No Debian
 * library writes one, so its parts are written here as XML and packed
 * with libzip, in memory, as the standard says: "mimetype" first and
 * stored, then the manifest, the content, the styles (the pages: A4
 * landscape, the label in every header and footer), the metadata and
 * the settings (the header row frozen).
 *
 * Every entry is dated from wb_epoch, in UTC, so the same tables give
 * the same bytes.  Text is escaped (escape.c) and its spaces, tabs and
 * line ends are written as ODF keeps them, so that the sheet saved as
 * CSV is the table again; text is never a formula.
 */
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "wbook.h"

#define NS_OFFICE \
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
#define NS_BODY NS_OFFICE \
    " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"" \
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" \
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"" \
    " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:" \
    "xsl-fo-compatible:1.0\"" \
    " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:" \
    "datastyle:1.0\"" \
    " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define MIMETYPE "application/vnd.oasis.opendocument.spreadsheet"

/* Characters to centimetres, in the default font. */
#define CM_PER_CHAR	0.2

/*
 * Text as ODF paragraphs: a line end starts another, a tab is
 * <text:tab/>, and every space that ODF would fold away (a second one,
 * one at either end of a line) is <text:s/>.
 */
static void
odf_text(FILE *fp, const char *s)
{
	size_t len = strlen(s), i = 0, n;
	int start = 1, end;

	fputs("<text:p>", fp);
	while (i < len) {
		if (s[i] == '\n' || s[i] == '\r') {
			i += s[i] == '\r' && s[i + 1] == '\n' ? 2 : 1;
			fputs("</text:p><text:p>", fp);
			start = 1;
			continue;
		}
		if (s[i] == '\t') {
			fputs("<text:tab/>", fp);
			i++;
		} else if (s[i] == ' ') {
			for (n = 0; i + n < len && s[i + n] == ' '; n++)
				;
			i += n;
			end = i == len || s[i] == '\n' || s[i] == '\r';
			if (!start && !end) {
				putc(' ', fp);
				n--;
			}
			if (n == 1)
				fputs("<text:s/>", fp);
			else if (n > 1)
				fprintf(fp, "<text:s text:c=\"%zu\"/>", n);
		} else {
			n = strcspn(s + i, " \t\r\n");
			esc_xml(fp, s + i, n);
			i += n;
		}
		start = 0;
	}
	fputs("</text:p>", fp);
}

/* The cell styles, one per combination of WS_ bits, and the others. */
static void
cell_styles(FILE *fp, int label)
{
	int bits;

	fputs("<number:date-style style:name=\"N1\">"
	    "<number:year number:style=\"long\"/><number:text>-</number:text>"
	    "<number:month number:style=\"long\"/><number:text>-</number:text>"
	    "<number:day number:style=\"long\"/></number:date-style>", fp);
	for (bits = 0; bits < WS_N; bits++) {
		fprintf(fp, "<style:style style:name=\"ce%d\" "
		    "style:family=\"table-cell\"%s>"
		    "<style:table-cell-properties style:vertical-align=\"top\"",
		    bits, bits & WS_DATE ? " style:data-style-name=\"N1\"" : "");
		if (bits & WS_WRAP)
			fputs(" fo:wrap-option=\"wrap\"", fp);
		if (bits & WS_OPEN)
			fputs(" style:cell-protect=\"none\" "
			    "fo:background-color=\"#ffffcc\"", fp);
		if (bits & (WS_GROUP | WS_LEVEL))
			fprintf(fp, " fo:border-top=\"%s solid #000000\"",
			    bits & WS_GROUP ? "1.5pt" : "0.5pt");
		fputs("/>", fp);
		if (bits & WS_BOLD)
			fputs("<style:text-properties fo:font-weight=\"bold\"/>",
			    fp);
		fputs("</style:style>", fp);
	}
	fputs("<style:style style:name=\"head\" style:family=\"table-cell\">"
	    "<style:table-cell-properties style:vertical-align=\"top\" "
	    "fo:wrap-option=\"wrap\" fo:border-bottom=\"0.5pt solid #000000\"/>"
	    "<style:text-properties fo:font-weight=\"bold\"/></style:style>",
	    fp);
	/* TLP 2.0: the label in its colour on black */
	fprintf(fp, "<style:style style:name=\"label\" "
	    "style:family=\"table-cell\"><style:table-cell-properties "
	    "fo:background-color=\"#000000\"/><style:text-properties "
	    "fo:color=\"%s\" fo:font-weight=\"bold\"/></style:style>",
	    tlp_colour(label));
	fputs("<style:style style:name=\"ta\" style:family=\"table\" "
	    "style:master-page-name=\"Default\"><style:table-properties "
	    "table:display=\"true\"/></style:style>", fp);
}

static void
col_styles(FILE *fp, const struct wbook *b)
{
	size_t i, c;

	for (i = 0; i < b->n; i++)
		for (c = 0; c < b->sheet[i].ncols; c++)
			fprintf(fp, "<style:style style:name=\"co%zu.%zu\" "
			    "style:family=\"table-column\">"
			    "<style:table-column-properties "
			    "style:column-width=\"%.2fcm\"/></style:style>",
			    i, c, b->sheet[i].col[c].width * CM_PER_CHAR);
}

/* A validation's list: "ja";"nee";... in OpenFormula, as XML. */
static void
list(FILE *fp, const char *const *w)
{
	const char *p;

	for (; *w != NULL; w++) {
		fputs("&quot;", fp);
		for (p = *w; *p != '\0'; p++)
			if (*p == '"')
				fputs("&quot;&quot;", fp);
			else
				esc_xml(fp, p, 1);
		fputs(w[1] != NULL ? "&quot;;" : "&quot;", fp);
	}
}

static void
validations(FILE *fp, const struct wbook *b)
{
	const struct wcol *col;
	size_t i, c;
	int any = 0;

	for (i = 0; i < b->n; i++)
		for (c = 0; c < b->sheet[i].ncols; c++) {
			col = &b->sheet[i].col[c];
			if (col->list == NULL && col->prompt == NULL)
				continue;
			if (!any++)
				fputs("<table:content-validations>", fp);
			fprintf(fp, "<table:content-validation "
			    "table:name=\"v%zu.%zu\"", i, c);
			if (col->list != NULL) {
				fputs(" table:condition=\""
				    "of:cell-content-is-in-list(", fp);
				list(fp, col->list);
				fputs(")\" table:display-list=\"unsorted\"",
				    fp);
			}
			fputs(" table:allow-empty-cell=\"true\">", fp);
			if (col->prompt != NULL) {
				fputs("<table:help-message table:title=\"", fp);
				esc_xmls(fp, col->head);
				fputs("\" table:display=\"true\">", fp);
				odf_text(fp, col->prompt);
				fputs("</table:help-message>", fp);
			}
			if (col->list != NULL)
				fputs("<table:error-message "
				    "table:display=\"true\" "
				    "table:message-type=\"stop\"/>", fp);
			fputs("</table:content-validation>", fp);
		}
	if (any)
		fputs("</table:content-validations>", fp);
}

/* A row below the first of a column filled in once: it shows that. */
static void
shown(FILE *fp, const struct wcol *col, int bits, size_t c, size_t head)
{
	char ref[16];

	bits = (bits | col->style) & ~WS_OPEN;
	wb_ref(ref, c, head + 1);
	fputs("<table:table-cell", fp);
	if (bits != 0)
		fprintf(fp, " table:style-name=\"ce%d\"", bits);
	/* &"": text, "" for an empty cell, where the cell alone shows 0 */
	fprintf(fp, " table:formula=\"of:=[.%s]&amp;&quot;&quot;\" "
	    "office:value-type=\"string\" office:string-value=\"\">"
	    "<text:p/></table:table-cell>", ref);
}

static void
cell(FILE *fp, const struct wcol *col, const char *v, int bits,
    size_t i, size_t c)
{
	double num;
	int what = wb_value(col, v, &num);

	bits |= col->style | (what == WV_DATE ? WS_DATE : 0);
	fputs("<table:table-cell", fp);
	if (bits != 0)
		fprintf(fp, " table:style-name=\"ce%d\"", bits);
	if (col->list != NULL || col->prompt != NULL)
		fprintf(fp, " table:content-validation-name=\"v%zu.%zu\"", i,
		    c);
	switch (what) {
	case WV_BLANK:
		fputs("/>", fp);
		return;
	case WV_NUM:
		fprintf(fp, " office:value-type=\"float\" office:value=\"%.0f\">"
		    "<text:p>%.0f</text:p>", num, num);
		break;
	case WV_DATE:
		fprintf(fp, " office:value-type=\"date\" "
		    "office:date-value=\"%s\"><text:p>%s</text:p>", v, v);
		break;
	default:
		fputs(" office:value-type=\"string\">", fp);
		odf_text(fp, v);
	}
	fputs("</table:table-cell>", fp);
}

/* Sheet i: its columns, the label and header (printed on every page). */
static int
table(FILE *fp, const struct wbook *b, size_t i)
{
	const struct wsheet *s = &b->sheet[i];
	const char *v;
	size_t r, c;
	int rule;

	fputs("<table:table table:name=\"", fp);
	esc_xmls(fp, s->name);
	fprintf(fp, "\" table:style-name=\"ta\"%s>",
	    s->protect ? " table:protected=\"true\"" : "");
	for (c = 0; c < s->ncols; c++)
		fprintf(fp, "<table:table-column "
		    "table:style-name=\"co%zu.%zu\"/>", i, c);
	fputs("<table:table-header-rows>", fp);
	if (wb_head_row(b, s) > 0)
		fprintf(fp, "<table:table-row><table:table-cell "
		    "table:style-name=\"label\" office:value-type=\"string\">"
		    "<text:p>%s</text:p></table:table-cell></table:table-row>",
		    tlp_label(b->label));
	fputs("<table:table-row>", fp);
	for (c = 0; c < s->ncols; c++) {
		fputs("<table:table-cell table:style-name=\"head\" "
		    "office:value-type=\"string\">", fp);
		odf_text(fp, s->col[c].head);
		fputs("</table:table-cell>", fp);
	}
	fputs("</table:table-row></table:table-header-rows>", fp);
	for (r = 0; r < s->nrows; r++) {
		rule = s->rule != NULL ? s->rule(s->arg, r) : 0;
		fputs("<table:table-row>", fp);
		for (c = 0; c < s->ncols; c++)
			if (s->col[c].once && r > 0)
				shown(fp, &s->col[c], rule, c,
				    wb_head_row(b, s));
			else if ((v = s->cell(s->arg, r, c)) == NULL)
				return -1;
			else
				cell(fp, &s->col[c], v, rule, i, c);
		fputs("</table:table-row>", fp);
	}
	fputs("</table:table>", fp);
	return 0;
}

static int
content(FILE *fp, const struct wbook *b)
{
	size_t i;

	fputs(XML_DECL "<office:document-content " NS_BODY
	    " office:version=\"1.2\"><office:automatic-styles>", fp);
	col_styles(fp, b);
	cell_styles(fp, b->label);
	fputs("</office:automatic-styles><office:body><office:spreadsheet>",
	    fp);
	validations(fp, b);
	for (i = 0; i < b->n; i++)
		if (table(fp, b, i) == -1)
			return -1;
	fputs("</office:spreadsheet></office:body>"
	    "</office:document-content>", fp);
	return 0;
}

/* The label, bold, in a region of the header or footer. */
static void
region(FILE *fp, const char *where, const char *what)
{
	fprintf(fp, "<style:region-%s><text:p>%s</text:p></style:region-%s>",
	    where, what, where);
}

/* The page: A4 landscape, the label above and below, page numbers. */
static void
styles(FILE *fp, int label)
{
	char l[96];

	snprintf(l, sizeof(l), "<text:span text:style-name=\"B\">%s"
	    "</text:span>", tlp_label(label));
	fputs(XML_DECL "<office:document-styles " NS_BODY
	    " office:version=\"1.2\"><office:styles>"
	    "<style:style style:name=\"Default\" style:family=\"table-cell\"/>"
	    "</office:styles><office:automatic-styles>"
	    "<style:style style:name=\"B\" style:family=\"text\">"
	    "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
	    "<style:page-layout style:name=\"page\">"
	    "<style:page-layout-properties fo:page-width=\"29.7cm\" "
	    "fo:page-height=\"21cm\" style:print-orientation=\"landscape\" "
	    "fo:margin-top=\"1cm\" fo:margin-bottom=\"1cm\" "
	    "fo:margin-left=\"1.5cm\" fo:margin-right=\"1.5cm\"/>"
	    "<style:header-style><style:header-footer-properties "
	    "fo:min-height=\"0.6cm\" fo:margin-bottom=\"0.25cm\"/>"
	    "</style:header-style><style:footer-style>"
	    "<style:header-footer-properties fo:min-height=\"0.6cm\" "
	    "fo:margin-top=\"0.25cm\"/></style:footer-style>"
	    "</style:page-layout></office:automatic-styles>"
	    "<office:master-styles><style:master-page style:name=\"Default\" "
	    "style:page-layout-name=\"page\"><style:header>", fp);
	region(fp, "left", "<text:sheet-name>?</text:sheet-name>");
	if (label != TLP_NONE)
		region(fp, "center", l);
	fputs("</style:header><style:footer>", fp);
	if (label != TLP_NONE)
		region(fp, "center", l);
	region(fp, "right", "<text:page-number>1</text:page-number> / "
	    "<text:page-count>1</text:page-count>");
	fputs("</style:footer></style:master-page></office:master-styles>"
	    "</office:document-styles>", fp);
}

static void
meta(FILE *fp, const struct wbook *b)
{
	char day[11];
	long secs = (long)(b->epoch % 86400);

	date_format((long)(b->epoch / 86400), day);
	fputs(XML_DECL "<office:document-meta " NS_OFFICE
	    " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
	    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
	    " office:version=\"1.2\"><office:meta>"
	    "<meta:generator>isac/" VERSION "</meta:generator><dc:title>", fp);
	esc_xmls(fp, b->title);
	fputs("</dc:title>", fp);
	if (b->label != TLP_NONE)
		fprintf(fp, "<dc:subject>%s</dc:subject><meta:keyword>%s"
		    "</meta:keyword>", tlp_label(b->label),
		    tlp_label(b->label));
	fprintf(fp, "<meta:creation-date>%sT%02ld:%02ld:%02ld"
	    "</meta:creation-date><dc:date>%sT%02ld:%02ld:%02ld</dc:date>"
	    "<dc:language>%s</dc:language></office:meta>"
	    "</office:document-meta>", day, secs / 3600, secs / 60 % 60,
	    secs % 60, day, secs / 3600, secs / 60 % 60, secs % 60, b->lang);
}

static void
config(FILE *fp, const char *name, const char *type, long v)
{
	fprintf(fp, "<config:config-item config:name=\"%s\" "
	    "config:type=\"%s\">%ld</config:config-item>", name, type, v);
}

/* The view: each sheet's rows down to its header frozen. */
static void
settings(FILE *fp, const struct wbook *b)
{
	size_t i;
	long below;

	fputs(XML_DECL "<office:document-settings " NS_OFFICE
	    " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\""
	    " office:version=\"1.2\"><office:settings>"
	    "<config:config-item-set config:name=\"ooo:view-settings\">"
	    "<config:config-item-map-indexed config:name=\"Views\">"
	    "<config:config-item-map-entry>"
	    "<config:config-item config:name=\"ViewId\" "
	    "config:type=\"string\">view1</config:config-item>"
	    "<config:config-item-map-named config:name=\"Tables\">", fp);
	for (i = 0; i < b->n; i++) {
		below = (long)wb_head_row(b, &b->sheet[i]) + 1;
		fputs("<config:config-item-map-entry config:name=\"", fp);
		esc_xmls(fp, b->sheet[i].name);
		fputs("\">", fp);
		config(fp, "HorizontalSplitMode", "short", 0);
		config(fp, "VerticalSplitMode", "short", 2);
		config(fp, "HorizontalSplitPosition", "int", 0);
		config(fp, "VerticalSplitPosition", "int", below);
		config(fp, "ActiveSplitRange", "short", 2);
		config(fp, "PositionLeft", "int", 0);
		config(fp, "PositionRight", "int", 0);
		config(fp, "PositionTop", "int", 0);
		config(fp, "PositionBottom", "int", below);
		fputs("</config:config-item-map-entry>", fp);
	}
	fputs("</config:config-item-map-named></config:config-item-map-entry>"
	    "</config:config-item-map-indexed></config:config-item-set>"
	    "</office:settings></office:document-settings>", fp);
}

static void
manifest(FILE *fp)
{
	static const char *const part[] = { "content.xml", "styles.xml",
	    "meta.xml", "settings.xml" };
	size_t i;

	fputs(XML_DECL "<manifest:manifest xmlns:manifest=\"urn:oasis:names:"
	    "tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
	    "<manifest:file-entry manifest:full-path=\"/\" "
	    "manifest:version=\"1.2\" manifest:media-type=\"" MIMETYPE
	    "\"/>", fp);
	for (i = 0; i < sizeof(part) / sizeof(part[0]); i++)
		fprintf(fp, "<manifest:file-entry manifest:full-path=\"%s\" "
		    "manifest:media-type=\"text/xml\"/>", part[i]);
	fputs("</manifest:manifest>", fp);
}

/* The parts of the package, in the order they are zipped. */
enum { P_MIME, P_MANIFEST, P_CONTENT, P_STYLES, P_META, P_SETTINGS, P_N };
static const char *const partname[P_N] = { "mimetype",
    "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml",
    "settings.xml" };

struct part {
	char	*buf;
	size_t	 len;
};

/* Each part written into memory; -1 when out of memory. */
static int
parts(const struct wbook *b, struct part *p)
{
	FILE *fp;
	int i, rc = 0;

	for (i = 0; i < P_N && rc == 0; i++) {
		if ((fp = open_memstream(&p[i].buf, &p[i].len)) == NULL)
			return -1;
		switch (i) {
		case P_MIME:
			fputs(MIMETYPE, fp);
			break;
		case P_MANIFEST:
			manifest(fp);
			break;
		case P_CONTENT:
			rc = content(fp, b);
			break;
		case P_STYLES:
			styles(fp, b->label);
			break;
		case P_META:
			meta(fp, b);
			break;
		default:
			settings(fp, b);
		}
		if (ferror(fp))
			rc = -1;
		if (fclose(fp) == EOF)
			rc = -1;
	}
	return rc;
}

/* t as a zip entry's MS-DOS time and date, in UTC, from 1980 to 2107. */
static void
dostime(time_t t, zip_uint16_t *dtime, zip_uint16_t *ddate)
{
	long secs = (long)(t % 86400);
	int y, m, d;

	date_split((long)(t / 86400), &y, &m, &d);
	if (y > 2107) {
		y = 2107;
		m = 12;
		d = 31;
		secs = 86399;
	}
	*dtime = (zip_uint16_t)((secs / 3600) << 11 | (secs / 60 % 60) << 5 |
	    (secs % 60) / 2);
	*ddate = (zip_uint16_t)((y - 1980) << 9 | m << 5 | d);
}

/* The parts as a zip, in memory (src), in order: mimetype stored. */
static int
pack(zip_t *za, struct part *p, time_t t)
{
	zip_source_t *s;
	zip_uint16_t dtime, ddate;
	zip_int64_t k;
	int i;

	dostime(t, &dtime, &ddate);
	for (i = 0; i < P_N; i++) {
		if ((s = zip_source_buffer(za, p[i].buf, p[i].len, 0)) == NULL)
			return -1;
		if ((k = zip_file_add(za, partname[i], s, 0)) == -1) {
			zip_source_free(s);
			return -1;
		}
		if (zip_set_file_compression(za, (zip_uint64_t)k, i == P_MIME ?
		    ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) == -1 ||
		    zip_file_set_dostime(za, (zip_uint64_t)k, dtime, ddate,
		    0) == -1)
			return -1;
	}
	return 0;
}

/* The bytes of the zip made in src, to fp. */
static int
emit(zip_source_t *src, FILE *fp)
{
	char buf[65536];
	zip_int64_t n;

	if (zip_source_open(src) == -1)
		return -1;
	while ((n = zip_source_read(src, buf, sizeof(buf))) > 0)
		if (fwrite(buf, 1, (size_t)n, fp) != (size_t)n)
			break;
	zip_source_close(src);
	return n < 0 ? -1 : 0;
}

int
wb_ods(const struct wbook *b, FILE *fp, struct diag *d)
{
	struct part p[P_N];
	zip_source_t *src;
	zip_error_t ze;
	zip_t *za;
	int i, rc = -1;

	memset(p, 0, sizeof(p));
	if (parts(b, p) == -1) {
		rc = diag_nomem(d, NULL);
		goto out;
	}
	zip_error_init(&ze);
	if ((src = zip_source_buffer_create(NULL, 0, 0, &ze)) == NULL ||
	    (za = zip_open_from_source(src, ZIP_CREATE | ZIP_TRUNCATE,
	    &ze)) == NULL) {
		diag_set(d, NULL, 0, "ods: %s", zip_error_strerror(&ze));
		if (src != NULL)
			zip_source_free(src);
		zip_error_fini(&ze);
		goto out;
	}
	zip_source_keep(src);
	if (pack(za, p, b->epoch) == -1 || zip_close(za) == -1) {
		diag_set(d, NULL, 0, "ods: %s", zip_strerror(za));
		zip_discard(za);
	} else if (emit(src, fp) == -1)
		diag_set(d, NULL, 0, "ods: %s",
		    zip_error_strerror(zip_source_error(src)));
	else
		rc = 0;
	zip_source_free(src);
	zip_error_fini(&ze);
out:
	for (i = 0; i < P_N; i++)
		free(p[i].buf);
	return rc;
}
