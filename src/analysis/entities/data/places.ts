/**
 * The AP abbreviations of US states ("Hendersonville, N.C.", "Rep. Bill Lipinski (D-Ill.)"), as news writes
 * them after a town or in a lawmaker's party-state tag; written with their dots, without them only where
 * the dotless form is no common word.
 */
export const STATE_ABBREVIATIONS = new Set(
  `ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich. minn. miss. mo. mont.
  neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo.
  d.c. nh nj nm ny nc nd ri sc sd wva dc`
    .split(/\s+/u)
    .filter(Boolean),
);
