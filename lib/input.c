/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * input.c: the files named, else standard input, as one loop.
 *
 * Every program reads its tables through input_each, which opens each
 * file with the reader's options and hands it to a callback.  A file is
 * identified by its device and inode, not its name: "a.csv ./a.csv" (or
 * "- -") names one file twice, which would count one member's answers
 * twice, so it is an error.
 */
#include <sys/stat.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isac.h"

struct seen {
	dev_t	 dev;
	ino_t	 ino;
};

static int
identify(const char *path, struct seen *s)
{
	struct stat st;
	int rc;

	if (strcmp(path, "-") == 0)
		rc = fstat(STDIN_FILENO, &st);
	else
		rc = stat(path, &st);
	if (rc == -1)
		return -1;
	s->dev = st.st_dev;
	s->ino = st.st_ino;
	return 0;
}

/*
 * Calls fn for each file of argv (argc of them; none means standard
 * input) opened with opt.  Stops at the first error: -1, with d set.
 */
int
input_each(int argc, char *const argv[], const struct csvopt *opt,
    input_fn fn, void *arg, struct diag *d)
{
	static char *const stdin_only[] = { "-" };
	struct seen *seen;
	struct csvr *r;
	int i, k, rc = 0;

	if (argc == 0) {
		argc = 1;
		argv = stdin_only;
	}
	if ((seen = calloc((size_t)argc, sizeof(*seen))) == NULL)
		return diag_nomem(d, NULL);
	for (i = 0; i < argc && rc == 0; i++) {
		if (identify(argv[i], &seen[i]) == 0)
			for (k = 0; k < i; k++)
				if (seen[k].dev == seen[i].dev &&
				    seen[k].ino == seen[i].ino) {
					rc = diag_set(d, strcmp(argv[i], "-") ?
					    argv[i] : CSV_STDIN, 0, "the same "
					    "file as '%s', named twice",
					    argv[k]);
					break;
				}
		if (rc == -1)
			break;
		if ((r = csvr_open(argv[i], opt, d)) == NULL)
			rc = -1;
		else
			rc = fn(r, arg, d);
		csvr_close(r);
	}
	free(seen);
	return rc;
}
