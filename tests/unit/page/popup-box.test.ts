import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/page/article';
import { popupAround } from '../../../src/page/popup-box';
import { buildTextMap } from '../../../src/page/text-map';

const story = `<div class="post"><h1>Harbour ferry returns after winter</h1>
  <p>The harbour ferry returned to its summer timetable on Monday, with the first crossing leaving the pier at seven in the morning.</p>
  <p>The operator said that the new boat, built at the yard across the bay, would cut the crossing by ten minutes in calm weather.</p></div>`;
/** A box beside the story holding more prose than it, so that Readability's scoring picks the box. */
const box = (open: string, close: string) => `${open}
  <p>Our customer service answers your questions about tickets, timetables, group bookings, lost property and complaints, and we are glad to help you plan a trip.</p>
  <p>You can reach us by telephone from Monday to Friday, between nine in the morning and five in the afternoon, and on Saturdays, between ten and two o'clock.</p>
  <p>Deliveries of goods ordered in our shop, such as season tickets, maps and gift cards, come by post within three working days, and are free of charge above a small amount.</p>
  <p>For group bookings of more than twenty people, please write to us at least two weeks before your trip, so that we can reserve seats, and tell us whether you bring bicycles.</p>${close}`;

function articleText(body: string): string {
  const { document } = parseHTML(`<!doctype html><html lang="en"><head><meta property="og:type" content="article"><title>Harbour ferry returns after winter</title></head><body>${body}</body></html>`);
  const found = findArticle(document as unknown as Document);
  if (found.state !== 'article') throw new Error(`${found.state}: ${found.reason}`);
  return buildTextMap(found.blocks, found.skip ? { skip: found.skip } : {}).text;
}

describe("Readability's pick inside a popup beside the story", () => {
  it('a contact flyout that outweighs a short story is set aside and the story taken', () => {
    const text = articleText(`<div id="page">${story}</div><div id="layers">${box('<div class="contact-flyout">', '</div>')}</div>`);
    expect(text).toContain('The harbour ferry returned to its summer timetable');
    expect(text).not.toContain('Our customer service answers');
  });

  it('a box that closes with a control of its own ("Schließen [X]") is a popup too', () => {
    const text = articleText(`<div id="page">${story}</div><div id="layers">${box('<div id="vkinfo"><div class="close">Schließen [X]</div><div>', '</div></div>')}</div>`);
    expect(text).toContain('The harbour ferry returned to its summer timetable');
    expect(text).not.toContain('Our customer service answers');
  });

  it('a box named otherwise is no popup: the pick is kept', () => {
    const { document } = parseHTML(`<html><body>${story}${box('<div class="service">', '</div>')}</body></html>`);
    const texts = [...document.querySelectorAll('.service p')].map((p) => p.firstChild as unknown as Text);
    expect(popupAround(texts, document.body as unknown as Element)).toBeUndefined();
  });

  it("a 'close' word on a section holding text (a 'box-close' comment list) is no close control", () => {
    const { document } = parseHTML(`<html><body><div class="main">${story}<div class="comments box-close"><p>A reader's comment that runs on for a while.</p></div></div><div>${'Menu item '.repeat(40)}</div></body></html>`);
    const texts = [...document.querySelectorAll('.post p')].map((p) => p.firstChild as unknown as Text);
    expect(popupAround(texts, document.body as unknown as Element)).toBeUndefined();
  });

  it("a wrapper holding the page's headline is its frame, not a popup, whatever it is named", () => {
    const { document } = parseHTML(`<html><body><div class="modal-open">${story}</div><p>${'A long footer line. '.repeat(20)}</p></body></html>`);
    const texts = [...document.querySelectorAll('.post p')].map((p) => p.firstChild as unknown as Text);
    expect(popupAround(texts, document.body as unknown as Element)).toBeUndefined();
  });
});
