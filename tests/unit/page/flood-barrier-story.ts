/** Six paragraphs of a plain local news story, each its own `<p>`: the prose that page-furniture tests surround with menus, teasers and credits. */
export const FLOOD_BARRIER_PARAGRAPHS: readonly string[] = [
  'The city council approved a new flood barrier on Tuesday, ending a two-year dispute over its cost and route along the river.',
  '“This barrier protects eleven thousand homes,” Mayor Alicia Moreno told reporters after the vote, which passed seven to two.',
  'Engineers from the state water board said construction could begin in the spring and take about three years to complete.',
  'Opponents, including two council members from the east side, argued the plan diverts money from road repairs and schools.',
  'The barrier will cost an estimated 48 million dollars, about half of it paid by a federal grant awarded last year.',
  'Residents who spoke at the meeting were divided, with several asking for a second public hearing before work starts.',
].map((s) => `<p>${s}</p>`);

/** The same story as one run of HTML. */
export const FLOOD_BARRIER_STORY = FLOOD_BARRIER_PARAGRAPHS.join('');
