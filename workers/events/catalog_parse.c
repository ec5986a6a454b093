/* SPDX-License-Identifier: MIT
 *
 * catalog_parse — reads the catalog's text format (docs/CATALOG.md) into a
 * catalog_t and hands it to catalog_compile. Line-based: a keyword, then
 * arguments (catalog_lex.c splits the line); a table maps each keyword to
 * its function, its number of arguments and the sections it may appear in.
 * actor/role/action/topic/negation/group open a section that the lines
 * after them fill; event and version stand alone. Terms are folded and
 * stored by catalog_terms.c.
 *
 * Every error stops the parse with "file:line: reason". References (a role's
 * holder, an event's actors, offices and action, a group's members) may point
 * forward: they are resolved when the whole file has been read, and an error
 * names the line that made the reference. */
#include "catalog_parse_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ww_alloc.h"

#define CATALOG_VERSION 1

/* ------------------------------------------------------------------ */
/* Entities                                                            */
/* ------------------------------------------------------------------ */

static int64_t
find_name(char **v, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], name) == 0)
            return (int64_t)i;
    return -1;
}

/* The index of the entity of KIND (ACTOR..TOPIC) called NAME, or -1. */
static int64_t
find_entity(const catalog_t *c, catalog_kind_t kind, const char *name)
{
    return find_name(c->names[kind], c->n_names[kind], name);
}

/* Adds a named entity of KIND (ACTOR..TOPIC); -1 on a bad or duplicate name. */
static int
add_entity(parser_t *ps, catalog_kind_t kind, const arg_t *name)
{
    static const char *const what[] = { "actor", "role", "action", "topic" };
    catalog_t *c = ps->cat;
    if (!catalog_lex_is_name(name->p, name->len))
        return catalog_fail(ps, ps->line, "bad %s name \"%s\" (want [a-z][a-z0-9_]*)", what[kind],
                            name->p);
    if (find_entity(c, kind, name->p) >= 0)
        return catalog_fail(ps, ps->line, "duplicate %s \"%s\"", what[kind], name->p);
    size_t n = c->n_names[kind];
    c->names[kind] = catalog_grow(c->names[kind], n, sizeof *c->names[kind]);
    c->names[kind][n] = ww_xstrdup(name->p);
    if (kind == CATALOG_ACTION) {
        c->weak = catalog_grow(c->weak, n, sizeof *c->weak);
        c->weak[n] = false;
        c->implies = catalog_grow(c->implies, n, sizeof *c->implies);
        c->implies[n] = CATALOG_NONE;
        c->yields = catalog_grow(c->yields, n, sizeof *c->yields);
        c->yields[n] = CATALOG_NONE;
        c->alternative = catalog_grow(c->alternative, n, sizeof *c->alternative);
        c->alternative[n] = CATALOG_NONE;
        c->object = catalog_grow(c->object, n, sizeof *c->object);
        c->object[n] = -1;
        c->previewed = catalog_grow(c->previewed, n, sizeof *c->previewed);
        c->previewed[n] = false;
    } else if (kind == CATALOG_ACTOR) {
        c->unnamed = catalog_grow(c->unnamed, n, sizeof *c->unnamed);
        c->unnamed[n] = false;
    } else if (kind == CATALOG_ROLE) {
        c->role_office = catalog_grow(c->role_office, n, sizeof *c->role_office);
        c->role_office[n] = CATALOG_NONE;
    }
    c->n_names[kind]++;
    ps->cur = (uint32_t)n;
    return 0;
}

static uint32_t
intern_office(parser_t *ps, const char *name)
{
    catalog_t *c = ps->cat;
    int64_t k = find_name(c->offices, c->n_offices, name);
    if (k >= 0)
        return (uint32_t)k;
    c->offices = catalog_grow(c->offices, c->n_offices, sizeof *c->offices);
    c->offices[c->n_offices] = ww_xstrdup(name);
    return (uint32_t)c->n_offices++;
}

static void
add_period(period_t **v, size_t *n, uint32_t who, uint32_t what, int32_t from, int32_t to)
{
    *v = catalog_grow(*v, *n, sizeof **v);
    (*v)[(*n)++] = (period_t){ who, what, from, to };
}

/* ------------------------------------------------------------------ */
/* Groups                                                              */
/* ------------------------------------------------------------------ */

/* group NAME: terms that name several actors or roles at once ("the foreign ministers of
   Russia and the U.S."); member REF... names them, alias lines give the terms. */
static int
kw_group(parser_t *ps)
{
    const arg_t *a = &ps->args[1];
    if (!catalog_lex_is_name(a->p, a->len))
        return catalog_fail(ps, ps->line, "bad group name \"%s\"", a->p);
    if (find_name(ps->groups, ps->n_groups, a->p) >= 0)
        return catalog_fail(ps, ps->line, "duplicate group \"%s\"", a->p);
    ps->groups = catalog_grow(ps->groups, ps->n_groups, sizeof *ps->groups);
    ps->groups[ps->n_groups] = ww_xstrdup(a->p);
    ps->cur = (uint32_t)ps->n_groups++;
    ps->section = SEC_GROUP;
    return 0;
}

static void
add_pending(pending_group_t **v, size_t *n, uint32_t group, const char *text, catalog_langs_t bit,
            size_t line)
{
    *v = catalog_grow(*v, *n, sizeof **v);
    (*v)[(*n)++] = (pending_group_t){ group, ww_xstrdup(text), bit, line };
}

static int
kw_member(parser_t *ps)
{
    for (size_t i = 1; i < ps->n_args; i++)
        add_pending(&ps->members, &ps->n_members, ps->cur, ps->args[i].p,
                    (catalog_langs_t){ { 0, 0 } }, ps->line);
    return 0;
}

static int
group_alias(parser_t *ps)
{
    if (catalog_terms_lang(ps) == -1)
        return -1;
    for (size_t i = 2; i < ps->n_args; i++)
        add_pending(&ps->group_terms, &ps->n_group_terms, ps->cur, ps->args[i].p, ps->lang_bit,
                    ps->line);
    return 0;
}

/* Adds every term of group G as naming the entity KIND REF, a member of the group. */
static int
add_group_terms(parser_t *ps, size_t g, uint8_t kind, uint32_t ref)
{
    for (size_t k = 0; k < ps->n_group_terms; k++) {
        const pending_group_t *t = &ps->group_terms[k];
        if (t->group != g)
            continue;
        arg_t arg = { t->text, 0, strlen(t->text) };
        ps->line = t->line;
        ps->lang_bit = t->lang_bit;
        ps->reach = 0;
        ps->shared = true;
        int rc = catalog_terms_add(ps, &arg, kind, ref, kind);
        ps->shared = false;
        if (rc == -1)
            return -1;
    }
    return 0;
}

/* Adds each group term once for every member of its group. */
static int
resolve_groups(parser_t *ps)
{
    catalog_t *c = ps->cat;
    for (size_t g = 0; g < ps->n_groups; g++) {
        size_t members = 0;
        for (size_t i = 0; i < ps->n_members; i++) {
            const pending_group_t *m = &ps->members[i];
            if (m->group != g)
                continue;
            int64_t a = find_entity(c, CATALOG_ACTOR, m->text);
            int64_t r = find_entity(c, CATALOG_ROLE, m->text);
            if (a < 0 && r < 0)
                return catalog_fail(ps, m->line, "undefined actor or role \"%s\"", m->text);
            uint8_t kind = a >= 0 ? CATALOG_ACTOR : CATALOG_ROLE;
            members++;
            if (add_group_terms(ps, g, kind, (uint32_t)(a >= 0 ? a : r)) == -1)
                return -1;
        }
        if (members < 2)
            return catalog_fail(ps, ps->line, "group \"%s\" needs two or more members",
                                ps->groups[g]);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Keywords                                                            */
/* ------------------------------------------------------------------ */

static int
kw_version(parser_t *ps)
{
    if (strcmp(ps->args[1].p, "1") != 0)
        return catalog_fail(ps, ps->line,
                            "unsupported catalog version \"%s\" (this build reads %d)",
                            ps->args[1].p, CATALOG_VERSION);
    return 0;
}

static int
open_section(parser_t *ps, section_t sec, catalog_kind_t kind)
{
    ps->section = sec;
    return add_entity(ps, kind, &ps->args[1]);
}

/* actor NAME [unnamed]: "unnamed" marks a description that stands for someone the story
   does not name ("his Jordanian counterpart"). */
static int
kw_actor(parser_t *ps)
{
    bool unnamed = ps->n_args == 3 && strcmp(ps->args[2].p, "unnamed") == 0;
    if (ps->n_args == 3 && !unnamed)
        return catalog_fail(ps, ps->line, "unknown actor flag \"%s\" (want unnamed)",
                            ps->args[2].p);
    if (open_section(ps, SEC_ACTOR, CATALOG_ACTOR) == -1)
        return -1;
    ps->cat->unnamed[ps->cur] = unnamed;
    return 0;
}
static int kw_role(parser_t *ps) { return open_section(ps, SEC_ROLE, CATALOG_ROLE); }
static int kw_topic(parser_t *ps) { return open_section(ps, SEC_TOPIC, CATALOG_TOPIC); }

/* The action named by argument I of an action line, or -1 (and the error reported). */
static int64_t
action_arg(parser_t *ps, size_t i)
{
    int64_t a = find_entity(ps->cat, CATALOG_ACTION, ps->args[i].p);
    if (a < 0)
        catalog_fail(ps, ps->line, "action \"%s\" %s unknown action \"%s\"", ps->args[1].p,
                     ps->args[i - 1].p, ps->args[i].p);
    return a;
}

/* action NAME [weak | implies OTHER [or ALTERNATIVE] | yields OTHER]: OTHER and ALTERNATIVE
   are actions declared before. */
static int
kw_action(parser_t *ps)
{
    int64_t other = -1, alternative = -1;
    bool is_weak = false, is_implies = false;
    const char *flag = ps->n_args > 2 ? ps->args[2].p : "";
    if (ps->n_args == 3 && strcmp(flag, "weak") == 0) {
        is_weak = true;
    } else if ((ps->n_args == 4 && (strcmp(flag, "implies") == 0 || strcmp(flag, "yields") == 0)) ||
               (ps->n_args == 6 && strcmp(flag, "implies") == 0 &&
                strcmp(ps->args[4].p, "or") == 0)) {
        is_implies = strcmp(flag, "implies") == 0;
        if ((other = action_arg(ps, 3)) < 0 ||
            (ps->n_args == 6 && (alternative = action_arg(ps, 5)) < 0))
            return -1;
    } else if (ps->n_args != 2) {
        return catalog_fail(ps, ps->line, "unknown action flags after \"%s\" (want weak, "
                                          "implies ACTION [or ACTION] or yields ACTION)",
                            ps->args[1].p);
    }
    if (open_section(ps, SEC_ACTION, CATALOG_ACTION) == -1)
        return -1;
    uint32_t ref = other < 0 ? CATALOG_NONE : (uint32_t)other;
    ps->cat->weak[ps->cur] = is_weak;
    ps->cat->implies[ps->cur] = is_implies ? ref : CATALOG_NONE;
    /* an action that implies another yields to what that one yields to ("talks", which imply
       a meeting, told in a call's sentence are what the call arranged) */
    ps->cat->yields[ps->cur] = is_implies ? ps->cat->yields[ref] : ref;
    ps->cat->alternative[ps->cur] = alternative < 0 ? CATALOG_NONE : (uint32_t)alternative;
    return 0;
}

/* The sections of cue words, each opened by its keyword alone; their lines are "before LANG
   [N] WORD...", "after LANG [N] WORD..." or, for conjunctions, "word LANG WORD...":
   - negation: cues that negate an action phrase;
   - background: cues that tell an action phrase as a recollection;
   - partner: the words that introduce a call's other party;
   - deal: the words after which the actors named are the parties of a deal the story names,
     not of its action;
   - setting: the words that tell the action phrase after them as the setting of what the
     sentence says ("in a phone call", "во время разговора");
   - denial: the words that deny an action phrase ("denied reports that"); unlike a negation,
     never one told as the setting of the sentence ("denied in a phone call with Kerry that");
   - conjunction: the words that open another clause without a comma ("spoke by phone but did
     not agree"): no cue reaches across them;
   - subordinate: the words that make the actor next to them someone's superior, not a party
     ("Lavrov's deputy Sergei Ryabkov", "заместитель Лаврова");
   - complement: the words that open a clause that is a verb's object ("informed that
     Lavrov and Kerry would meet"): a name after one is no object of the verb (`object`);
   - relative: the words that open a relative clause ("Zarif, who spoke with Kerry");
   - pair: the words that name the two parties at once ("the two ministers", "the sides");
   - additive: the words that open a sentence with another item of the news ("In addition");
   - plan: cues that tell an action phrase as one to come ("will", "next week", "планируют"):
     they negate it as a negation cue does, but an action that may be previewed (one with
     `plan` phrases, or that implies one) is then one announced. */
static const struct {
    const char *word;
    section_t section;
} cue_sections[] = {
    { "negation", SEC_NEGATION }, { "background", SEC_BACKGROUND },
    { "partner", SEC_PARTNER },   { "deal", SEC_DEAL },
    { "setting", SEC_SETTING },   { "denial", SEC_DENIAL },
    { "conjunction", SEC_CONJUNCTION }, { "subordinate", SEC_SUBORDINATE },
    { "complement", SEC_COMPLEMENT }, { "relative", SEC_RELATIVE },
    { "pair", SEC_PAIR }, { "additive", SEC_ADDITIVE },
    { "plan", SEC_PLAN },
};

static int
kw_cue_section(parser_t *ps)
{
    size_t i = 0;
    while (strcmp(cue_sections[i].word, ps->args[0].p) != 0)
        i++;                    /* the keyword table calls this for these words only */
    ps->section = cue_sections[i].section;
    ps->cur = 0;
    return 0;
}

static int
kw_word(parser_t *ps)
{
    catalog_kind_t kind = ps->section == SEC_CONJUNCTION  ? CATALOG_CONJUNCTION
                          : ps->section == SEC_COMPLEMENT ? CATALOG_COMPLEMENT
                          : ps->section == SEC_PAIR       ? CATALOG_PAIR
                          : ps->section == SEC_ADDITIVE   ? CATALOG_ADDITIVE
                                                          : CATALOG_RELATIVE;
    return catalog_terms_add_line(ps, kind, 0, kind);
}

static catalog_kind_t
section_kind(section_t s)
{
    switch (s) {
    case SEC_ACTOR: return CATALOG_ACTOR;
    case SEC_ROLE: return CATALOG_ROLE;
    case SEC_ACTION: return CATALOG_ACTION;
    default: return CATALOG_TOPIC;
    }
}

static int
kw_terms(parser_t *ps)
{
    if (ps->section == SEC_GROUP)
        return group_alias(ps);
    catalog_kind_t k = section_kind(ps->section);
    return catalog_terms_add_line(ps, (uint8_t)k, ps->cur, (uint8_t)k);
}

/* action: adverb LANG TERM..., phrases of the action that tell how or where it happened */
static int
kw_adverb(parser_t *ps)
{
    ps->adverbial = true;
    int r = catalog_terms_add_line(ps, CATALOG_ACTION, ps->cur, CATALOG_ACTION);
    ps->adverbial = false;
    return r;
}

/* action: plan LANG TERM..., phrases of the action told as one to come ("will meet",
   "встретятся", "se reunirán"): never what happened, and in a story's opening its preview */
static int
kw_plan_phrase(parser_t *ps)
{
    ps->planned = true;
    int r = catalog_terms_add_line(ps, CATALOG_ACTION, ps->cur, CATALOG_ACTION);
    ps->planned = false;
    if (r == 0)
        ps->cat->previewed[ps->cur] = true;
    return r;
}

/* plan alone opens the section of cues of what is to come; in an action's section,
   plan LANG TERM... lists phrases of the action told as one to come */
static int
kw_plan(parser_t *ps)
{
    if (ps->n_args == 1)
        return kw_cue_section(ps);
    if (ps->section != SEC_ACTION)
        return catalog_fail(ps, ps->line, "plan LANG TERM... belongs in an action's section "
                                          "(alone, plan opens the section of plan cues)");
    return kw_plan_phrase(ps);
}

/* action: readout LANG TERM..., words a readout uses for the exchange ("at the initiative
   of the American side"): pair words (they name both parties at once) whose hit's ref is
   1 + the action, which a talk that leaves its medium unsaid then is */
static int
kw_readout(parser_t *ps)
{
    return catalog_terms_add_line(ps, CATALOG_PAIR, ps->cur + 1, CATALOG_PAIR);
}

static int
kw_except(parser_t *ps)
{
    return catalog_terms_add_line(ps, CATALOG_EXCEPT, ps->cur, (uint8_t)section_kind(ps->section));
}

static int
kw_before(parser_t *ps)
{
    uint8_t k = ps->section == SEC_BACKGROUND ? CATALOG_BG_BEFORE
                : ps->section == SEC_PARTNER  ? CATALOG_PARTNER
                : ps->section == SEC_DEAL     ? CATALOG_DEAL
                : ps->section == SEC_SETTING  ? CATALOG_SETTING
                : ps->section == SEC_DENIAL   ? CATALOG_DENY_BEFORE
                : ps->section == SEC_SUBORDINATE ? CATALOG_SUB_BEFORE
                                              : CATALOG_NEG_BEFORE;
    return catalog_terms_add_line(ps, k, ps->section == SEC_PLAN ? CATALOG_CUE_PLAN : 0, k);
}

static int
kw_after(parser_t *ps)
{
    uint8_t k = ps->section == SEC_BACKGROUND ? CATALOG_BG_AFTER
                : ps->section == SEC_DENIAL   ? CATALOG_DENY_AFTER
                : ps->section == SEC_SUBORDINATE ? CATALOG_SUB_AFTER
                : ps->section == SEC_PARTNER  ? CATALOG_PARTNER_AFTER
                                              : CATALOG_NEG_AFTER;
    return catalog_terms_add_line(ps, k, ps->section == SEC_PLAN ? CATALOG_CUE_PLAN : 0, k);
}

/* action: object N, its phrases count only with an actor's name at most N words after them
   ("called [Russian Foreign Minister] Lavrov"; not "called on", "called for"). */
static int
kw_object(parser_t *ps)
{
    const arg_t *a = &ps->args[1];
    if (a->len < 1 || a->len > 2 || a->p[0] < '0' || a->p[0] > '9' ||
        (a->len == 2 && (a->p[1] < '0' || a->p[1] > '9')))
        return catalog_fail(ps, ps->line, "usage: object N (words, 0 to %d)", CATALOG_REACH_MAX);
    int n = a->p[0] - '0';
    if (a->len == 2)
        n = n * 10 + (a->p[1] - '0');
    if (n > CATALOG_REACH_MAX)
        return catalog_fail(ps, ps->line, "usage: object N (words, 0 to %d)", CATALOG_REACH_MAX);
    ps->cat->object[ps->cur] = (int8_t)n;
    return 0;
}

/* actor: office NAME FROM TO; role: office NAME (whoever holds the role holds the office). */
static int
kw_office(parser_t *ps)
{
    catalog_t *c = ps->cat;
    if (!catalog_lex_is_name(ps->args[1].p, ps->args[1].len))
        return catalog_fail(ps, ps->line, "bad office name \"%s\"", ps->args[1].p);
    if (ps->section == SEC_ROLE) {
        if (ps->n_args != 2)
            return catalog_fail(ps, ps->line, "a role's office line takes one name (the "
                                "holders' periods come from its holder lines)");
        if (c->role_office[ps->cur] != CATALOG_NONE)
            return catalog_fail(ps, ps->line, "role \"%s\" already has an office",
                                c->names[CATALOG_ROLE][ps->cur]);
        c->role_office[ps->cur] = intern_office(ps, ps->args[1].p);
        return 0;
    }
    if (ps->n_args != 4)
        return catalog_fail(ps, ps->line, "usage: office NAME FROM TO");
    int32_t from, to;
    if (catalog_lex_period(ps, &ps->args[2], &ps->args[3], &from, &to) == -1)
        return -1;
    add_period(&c->tenures, &c->n_tenures, ps->cur, intern_office(ps, ps->args[1].p), from, to);
    return 0;
}

static int
kw_holder(parser_t *ps)
{
    int32_t from, to;
    if (catalog_lex_period(ps, &ps->args[2], &ps->args[3], &from, &to) == -1)
        return -1;
    ps->holders = catalog_grow(ps->holders, ps->n_holders, sizeof *ps->holders);
    ps->holders[ps->n_holders++] =
        (pending_holder_t){ ps->cur, ww_xstrdup(ps->args[1].p), from, to, ps->line };
    return 0;
}

/* event NAME actors REF... action ACTION [during FROM TO] */
static int
kw_event(parser_t *ps)
{
    catalog_t *c = ps->cat;
    const arg_t *a = ps->args;
    ps->section = SEC_NONE;
    if (!catalog_lex_is_name(a[1].p, a[1].len))
        return catalog_fail(ps, ps->line, "bad event name \"%s\"", a[1].p);
    for (size_t i = 0; i < c->n_events; i++)
        if (strcmp(c->events[i].name, a[1].p) == 0)
            return catalog_fail(ps, ps->line, "duplicate event \"%s\"", a[1].p);
    size_t n = ps->n_args;           /* the arguments up to the action's name */
    int32_t from = INT32_MIN, to = INT32_MAX;
    if (n >= 9 && strcmp(a[n - 3].p, "during") == 0) {
        if (catalog_lex_period(ps, &a[n - 2], &a[n - 1], &from, &to) == -1)
            return -1;
        n -= 3;
    }
    if (n < 6 || strcmp(a[2].p, "actors") != 0 || strcmp(a[n - 2].p, "action") != 0)
        return catalog_fail(ps, ps->line, "usage: event NAME actors ACTOR... action ACTION "
                            "[during FROM TO]");
    size_t n_refs = n - 5;
    if (n_refs > CATALOG_EVENT_ACTORS)
        return catalog_fail(ps, ps->line, "an event has at most %d actors", CATALOG_EVENT_ACTORS);
    c->events = catalog_grow(c->events, c->n_events, sizeof *c->events);
    memset(&c->events[c->n_events], 0, sizeof c->events[0]);
    c->events[c->n_events].name = ww_xstrdup(a[1].p);
    c->events[c->n_events].from = from;
    c->events[c->n_events].to = to;
    ps->events = catalog_grow(ps->events, ps->n_events, sizeof *ps->events);
    pending_event_t *e = &ps->events[ps->n_events++];
    e->event = (uint32_t)c->n_events++;
    e->refs = ww_xcalloc(n_refs, sizeof *e->refs);
    e->n_refs = n_refs;
    for (size_t i = 0; i < n_refs; i++)
        e->refs[i] = ww_xstrdup(a[3 + i].p);
    e->action = ww_xstrdup(a[n - 1].p);
    e->line = ps->line;
    return 0;
}

typedef int keyword_fn(parser_t *ps);

typedef struct {
    const char *word;
    keyword_fn *fn;
    size_t min_args, max_args;   /* arguments after the keyword; 0 = any number */
    unsigned sections;           /* bit (1 << section) where the line may appear */
} keyword_t;

#define IN(s) (1u << (s))
#define ANYWHERE 0xFFFFFFFFu
#define MANY SIZE_MAX

static const keyword_t keywords[] = {
    { "version",  kw_version,  1, 1,    ANYWHERE },
    { "actor",    kw_actor,    1, 2,    ANYWHERE },
    { "role",     kw_role,     1, 1,    ANYWHERE },
    { "action",   kw_action,   1, 5,    ANYWHERE },
    { "topic",    kw_topic,    1, 1,    ANYWHERE },
    { "negation",    kw_cue_section, 0, 0, ANYWHERE },
    { "background",  kw_cue_section, 0, 0, ANYWHERE },
    { "partner",     kw_cue_section, 0, 0, ANYWHERE },
    { "deal",        kw_cue_section, 0, 0, ANYWHERE },
    { "setting",     kw_cue_section, 0, 0, ANYWHERE },
    { "denial",      kw_cue_section, 0, 0, ANYWHERE },
    { "conjunction", kw_cue_section, 0, 0, ANYWHERE },
    { "subordinate", kw_cue_section, 0, 0, ANYWHERE },
    { "complement",  kw_cue_section, 0, 0, ANYWHERE },
    { "relative",    kw_cue_section, 0, 0, ANYWHERE },
    { "pair",        kw_cue_section, 0, 0, ANYWHERE },
    { "additive",    kw_cue_section, 0, 0, ANYWHERE },
    { "plan",        kw_plan,        0, MANY, ANYWHERE },
    { "group",    kw_group,    1, 1,    ANYWHERE },
    { "member",   kw_member,   1, MANY, IN(SEC_GROUP) },
    { "event",    kw_event,    5, MANY, ANYWHERE },
    { "alias",    kw_terms,    2, MANY, IN(SEC_ACTOR) | IN(SEC_ROLE) | IN(SEC_GROUP) },
    { "phrase",   kw_terms,    2, MANY, IN(SEC_ACTION) | IN(SEC_TOPIC) },
    { "adverb",   kw_adverb,   2, MANY, IN(SEC_ACTION) },
    { "readout",  kw_readout,  2, MANY, IN(SEC_ACTION) },
    { "except",   kw_except,   2, MANY,
      IN(SEC_ACTOR) | IN(SEC_ROLE) | IN(SEC_ACTION) | IN(SEC_TOPIC) },
    { "office",   kw_office,   1, 3,    IN(SEC_ACTOR) | IN(SEC_ROLE) },
    { "object",   kw_object,   1, 1,    IN(SEC_ACTION) },
    { "holder",   kw_holder,   3, 3,    IN(SEC_ROLE) },
    { "word",     kw_word,     2, MANY, IN(SEC_CONJUNCTION) | IN(SEC_COMPLEMENT) |
                                            IN(SEC_RELATIVE) | IN(SEC_PAIR) | IN(SEC_ADDITIVE) },
    { "before",   kw_before,   2, MANY, IN(SEC_NEGATION) | IN(SEC_PLAN) | IN(SEC_BACKGROUND) | IN(SEC_PARTNER) |
                                            IN(SEC_DEAL) | IN(SEC_SETTING) | IN(SEC_DENIAL) |
                                            IN(SEC_SUBORDINATE) },
    { "after",    kw_after,    2, MANY, IN(SEC_NEGATION) | IN(SEC_PLAN) | IN(SEC_BACKGROUND) | IN(SEC_DENIAL) |
                                            IN(SEC_SUBORDINATE) | IN(SEC_PARTNER) },
};

static int
parse_line(parser_t *ps, const char *line, size_t len)
{
    if (catalog_lex_split(ps, line, len) == -1)
        return -1;
    if (ps->n_args == 0)
        return 0;
    const char *w = ps->args[0].p;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        const keyword_t *k = &keywords[i];
        if (strcmp(k->word, w) != 0)
            continue;
        if (!(k->sections & IN(ps->section)))
            return catalog_fail(ps, ps->line, "\"%s\" outside the section it belongs to", w);
        size_t n = ps->n_args - 1;
        if (n < k->min_args || n > k->max_args)
            return catalog_fail(ps, ps->line, "wrong number of arguments to \"%s\"", w);
        return k->fn(ps);
    }
    return catalog_fail(ps, ps->line, "unknown keyword \"%s\"", w);
}

/* ------------------------------------------------------------------ */
/* The end of the file: references                                    */
/* ------------------------------------------------------------------ */

static int
resolve_holders(parser_t *ps)
{
    catalog_t *c = ps->cat;
    for (size_t i = 0; i < ps->n_holders; i++) {
        const pending_holder_t *h = &ps->holders[i];
        int64_t a = find_entity(c, CATALOG_ACTOR, h->actor);
        if (a < 0)
            return catalog_fail(ps, h->line, "undefined actor \"%s\"", h->actor);
        add_period(&c->holders, &c->n_holders, (uint32_t)a, h->role, h->from, h->to);
        if (c->role_office[h->role] != CATALOG_NONE)
            add_period(&c->tenures, &c->n_tenures, (uint32_t)a, c->role_office[h->role], h->from,
                       h->to);
    }
    return 0;
}

static int
resolve_event(parser_t *ps, const pending_event_t *p)
{
    catalog_t *c = ps->cat;
    catalog_event_t *e = &c->events[p->event];
    int64_t act = find_entity(c, CATALOG_ACTION, p->action);
    if (act < 0)
        return catalog_fail(ps, p->line, "undefined action \"%s\"", p->action);
    e->action = (uint32_t)act;
    for (size_t i = 0; i < p->n_refs; i++) {
        const char *r = p->refs[i];
        if (r[0] == '@') {
            int64_t o = find_name(c->offices, c->n_offices, r + 1);
            if (o < 0)
                return catalog_fail(ps, p->line,
                                    "undefined office \"%s\" (no actor or role holds it)", r + 1);
            e->offices[e->n_offices++] = (uint32_t)o;
            continue;
        }
        int64_t a = find_entity(c, CATALOG_ACTOR, r);
        if (a < 0)
            return catalog_fail(ps, p->line, "undefined actor \"%s\"", r);
        for (size_t j = 0; j < e->n_actors; j++)
            if (e->actors[j] == (uint32_t)a)
                return catalog_fail(ps, p->line, "actor \"%s\" listed twice", r);
        e->actors[e->n_actors++] = (uint32_t)a;
    }
    return 0;
}

static int
finish(parser_t *ps)
{
    if (resolve_holders(ps) == -1 || resolve_groups(ps) == -1)
        return -1;
    for (size_t i = 0; i < ps->n_events; i++)
        if (resolve_event(ps, &ps->events[i]) == -1)
            return -1;
    catalog_compile(ps->cat);
    ps->cat->dates = dates_lex_new();
    return 0;
}

static void
parser_free(parser_t *ps)
{
    ww_buf_free(&ps->scratch);
    free(ps->args);
    free(ps->term_line);
    ww_strtab_free(&ps->terms_by_bytes);
    for (size_t i = 0; i < ps->n_holders; i++)
        free(ps->holders[i].actor);
    free(ps->holders);
    for (size_t i = 0; i < ps->n_events; i++) {
        for (size_t j = 0; j < ps->events[i].n_refs; j++)
            free(ps->events[i].refs[j]);
        free(ps->events[i].refs);
        free(ps->events[i].action);
    }
    free(ps->events);
    for (size_t i = 0; i < ps->n_groups; i++)
        free(ps->groups[i]);
    free(ps->groups);
    for (size_t i = 0; i < ps->n_members; i++)
        free(ps->members[i].text);
    free(ps->members);
    for (size_t i = 0; i < ps->n_group_terms; i++)
        free(ps->group_terms[i].text);
    free(ps->group_terms);
}

catalog_t *
catalog_parse(const char *text, size_t len, const char *name, char *err, size_t errlen)
{
    parser_t ps = { .name = name ? name : "catalog", .err = err, .errlen = errlen };
    ps.cat = ww_xcalloc(1, sizeof *ps.cat);
    if (errlen > 0)
        err[0] = '\0';
    size_t at = 0;
    while (at < len) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - text) : len;
        ps.line++;
        if (memchr(text + at, '\0', end - at) != NULL) {
            catalog_fail(&ps, ps.line, "NUL byte in the text");
            goto fail;
        }
        if (parse_line(&ps, text + at, end - at) == -1)
            goto fail;
        at = end + 1;
    }
    if (finish(&ps) == -1)
        goto fail;
    parser_free(&ps);
    return ps.cat;
fail:
    parser_free(&ps);
    catalog_destroy(&ps.cat);
    return NULL;
}
