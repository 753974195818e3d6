/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * data.c: where the shared data lives, and which language to speak.
 *
 * The data directory is, in order: $ISAC_DATADIR; ../share/isac beside
 * the running program, which is both the source tree (build/isac-score)
 * and an installed tree (bin/isac-score); the directory compiled in.
 * The message catalogues are found the same way: locale/ beside the
 * running program (the build tree), ../share/locale beside it (an
 * installed tree), the directory compiled in.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "isac.h"

#ifndef DATADIR
#define DATADIR "/usr/local/share/isac"
#endif
#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

/* The canonical code of a language we have, or NULL. */
const char *
data_lang(const char *s)
{
	if (strcasecmp(s, "en") == 0)
		return "en";
	if (strcasecmp(s, "nl") == 0)
		return "nl";
	return NULL;
}

/* Dutch when the locale says so (nl_NL.UTF-8, nl_BE, nl), else English. */
const char *
data_lang_default(void)
{
	static const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *v;
	size_t i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		if ((v = getenv(vars[i])) != NULL && *v != '\0')
			return strncmp(v, "nl", 2) == 0 ? "nl" : "en";
	return "en";
}

static int
readable(const char *path)
{
	return access(path, R_OK) == 0;
}

/* The directory of the running program, or -1. */
static int
exe_dir(char *buf, size_t size)
{
	char *slash;
	ssize_t n;

	if (size == 0 || (n = readlink("/proc/self/exe", buf, size - 1)) <= 0)
		return -1;
	buf[n] = '\0';
	if ((size_t)n == size - 1 || (slash = strrchr(buf, '/')) == NULL)
		return -1;
	*slash = '\0';
	return 0;
}

/* DIR/sub beside the running program, when DIR/sub/probe is there. */
static int
beside_exe(const char *sub, const char *probe, char *buf, size_t size)
{
	char exe[4096], path[4400];

	if (exe_dir(exe, sizeof(exe)) == -1)
		return -1;
	snprintf(path, sizeof(path), "%s/%s/%s", exe, sub, probe);
	if (!readable(path))
		return -1;
	if ((size_t)snprintf(buf, size, "%s/%s", exe, sub) >= size)
		return -1;
	return 0;
}

/* ../share/isac beside /proc/self/exe, when it holds the model. */
static int
exe_datadir(char *buf, size_t size)
{
	return beside_exe("../share/isac", "model.en.csv", buf, size);
}

/*
 * Where bindtextdomain(3) looks for isac.mo.  A tree is taken when it
 * holds the Dutch catalogue, the one the toolkit has.
 */
void
data_localedir(char *buf, size_t size)
{
	static const char *const subs[] = { "locale", "../share/locale" };
	size_t i;

	for (i = 0; i < sizeof(subs) / sizeof(subs[0]); i++)
		if (beside_exe(subs[i], "nl/LC_MESSAGES/isac.mo", buf,
		    size) == 0)
			return;
	snprintf(buf, size, "%s", LOCALEDIR);
}

static void
datadir(char *buf, size_t size)
{
	const char *env = getenv("ISAC_DATADIR");

	if (env != NULL && *env != '\0')
		snprintf(buf, size, "%s", env);
	else if (exe_datadir(buf, size) == -1)
		snprintf(buf, size, "%s", DATADIR);
}

/* The path of the bundled file NAME.LANG.csv. */
int
data_file(const char *name, const char *lang, char *buf, size_t size,
    struct diag *d)
{
	char dir[4096];

	datadir(dir, sizeof(dir));
	if ((size_t)snprintf(buf, size, "%s/%s.%s.csv", dir, name, lang) >=
	    size)
		return diag_set(d, dir, 0, "path too long");
	if (!readable(buf))
		return diag_set(d, buf, 0, "%s (set ISAC_DATADIR to the "
		    "directory of the isac data)", strerror(errno));
	return 0;
}

/*
 * The model file to use: the bundled development model when arg is NULL;
 * arg itself when it names a file; else the bundled model called arg
 * (e.g. "ncsc-criteria") in the language asked for.
 */
int
data_model_path(const char *arg, const char *lang, char *buf, size_t size,
    struct diag *d)
{
	struct diag ignore;

	if (arg == NULL)
		return data_file("model", lang, buf, size, d);
	if (strchr(arg, '/') != NULL || readable(arg) ||
	    data_file(arg, lang, buf, size, &ignore) == -1) {
		if ((size_t)snprintf(buf, size, "%s", arg) >= size)
			return diag_set(d, arg, 0, "path too long");
	}
	return 0;
}

/* Is path a model: does its header start with the model's columns? */
static int
is_model(const char *path)
{
	char line[128];
	FILE *fp;
	int yes = 0;

	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	if (fgets(line, sizeof(line), fp) != NULL)
		yes = strncmp(line, "id,capability,level,question", 28) == 0;
	fclose(fp);
	return yes;
}

/*
 * The names of the bundled models in lang, "model, ncsc-criteria", in
 * sorted order, for a message about a model not found.
 */
void
data_models(const char *lang, char *buf, size_t size)
{
	char dir[4096], path[8192], suffix[16];
	struct dirent **ent;
	size_t used = 0, sl, nl;
	int n, i;

	buf[0] = '\0';
	datadir(dir, sizeof(dir));
	snprintf(suffix, sizeof(suffix), ".%s.csv", lang);
	sl = strlen(suffix);
	if ((n = scandir(dir, &ent, NULL, alphasort)) == -1)
		return;
	for (i = 0; i < n; i++) {
		nl = strlen(ent[i]->d_name);
		snprintf(path, sizeof(path), "%s/%s", dir, ent[i]->d_name);
		if (nl > sl && strcmp(ent[i]->d_name + nl - sl, suffix) == 0 &&
		    is_model(path) && used + nl < size)
			used += (size_t)snprintf(buf + used, size - used,
			    "%s%.*s", used ? ", " : "", (int)(nl - sl),
			    ent[i]->d_name);
		free(ent[i]);
	}
	free(ent);
}
