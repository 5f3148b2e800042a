// The article body: page furniture out, paragraphs kept apart, what the metadata carries not
// repeated, outlet profiles used where given.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../crawler/index.ts';
import { fixturePage, page, story } from './parse-support.ts';

describe('boilerplate removal', () => {
  const parsed = parseArticle({ html: fixturePage('furniture.html'), url: 'https://riverside.example/news/court-jails-three' });

  it('keeps exactly the story\'s paragraphs, separated by blank lines', () => {
    expect(parsed.text.split('\n\n')).toEqual([
      'A district court on Monday sentenced three activists to between two and four years in prison for organising a rally that, the prosecution said, had not been authorised.',
      'The three, members of a youth movement that campaigns for free elections, denied the charges. Their lawyers said the rally had been announced to the city authorities a week in advance, as the law requires.',
      '“We will appeal, and if we lose we will go to Strasbourg,” said the mother of one of the men, who waited outside the courtroom with about twenty other relatives.',
      'The sentences are the harshest handed down over a peaceful protest this year, according to a local rights group that keeps a list of political prisoners.',
    ]);
  });

  it.each([
    ['the cookie banner', 'We use cookies'],
    ['the navigation', 'Opinion'],
    ['the breadcrumbs', 'Home ›'],
    ['the share bar', 'Telegram'],
    ['the figure caption', 'courthouse on the day of the verdict'],
    ['the ad label', 'Advertisement'],
    ['the "see also" box', 'Youth movement leader questioned'],
    ['the newsletter box', 'Sign up to get'],
    ['the "read more" teaser', 'What the law on rallies says'],
    ['the byline line', 'By Kamran'],
    ['the dateline line', '10 March 2025, 14:00'],
    ['the author bio', 'covers courts and human rights'],
    ['the tag list', 'Tags:'],
    ['the comments', 'Shameful verdict'],
    ['the most-read list', 'Bread prices'],
    ['the footer', 'Privacy'],
    ['the headline', 'Court jails three activists over rally'],
  ])('leaves out %s', (_what, snippet) => {
    expect(parsed.text).not.toContain(snippet);
  });

  it('leaves a headline, byline or bare date at the head of the body out, and keeps a dateline that opens the lead paragraph', () => {
    const html = page(`<div><h1>Defender sentenced to six years</h1><p>By Leyla Məmmədova</p><p>4 March 2025</p><p>BAKU, 4 March 2025 — ${story[0]}</p><p>${story[1]}</p><p>${story[2]}</p></div>`, '<meta name="author" content="Leyla Məmmədova">');
    const text = parseArticle({ html }).text;
    expect(text.split('\n\n')).toEqual([`BAKU, 4 March 2025 — ${story[0]}`, story[1], story[2]]);
  });

  it('makes a paragraph of every block: <br><br>-separated text, headings and list items', () => {
    const html = page(`<div class="post">${story[0]}<br><br>${story[1]}<h2>What happens next</h2><ul><li>${story[2]}</li></ul></div>`);
    expect(parseArticle({ html }).text.split('\n\n')).toEqual([story[0], story[1], 'What happens next', story[2]]);
  });

  it('keeps words apart across elements and drops invisible characters', () => {
    const html = page(`<article><p>${story[0]}</p><p>The&nbsp;verdict<span>\u200b</span> was <em>read</em>\u00ad out in court, her lawyer said, and the hearing closed.</p><p>${story[1]}</p></article>`);
    expect(parseArticle({ html }).text).toContain('The verdict was read out in court, her lawyer said, and the hearing closed.');
  });

  it('drops hidden elements and <script>, <style> and <noscript> content', () => {
    const html = page(`<article><p>${story[0]}</p><p hidden>Hidden teaser text that nobody sees on the page at all.</p><div style="display: none">Also invisible text for the crawler only.</div><script>var tracking = "should not appear";</script><style>.x{}</style><noscript>Enable JavaScript</noscript><p>${story[1]}</p></article>`);
    const text = parseArticle({ html }).text;
    expect(text).not.toMatch(/Hidden teaser|invisible|tracking|Enable JavaScript/);
    expect(text).toContain(story[1]);
  });

  it('keeps a story wrapped in an element named like furniture, since it holds the page\'s prose', () => {
    const html = page(`<div class="share-wrapper"><div class="content">${story.map((p) => `<p>${p}</p>`).join('')}</div></div><div class="sidebar"><a href="/x">Other story</a></div>`);
    expect(parseArticle({ html }).text.split('\n\n')).toEqual(story);
  });
});

describe('outlet profiles', () => {
  const profile = { title: '.hd', byline: '.who', date: '.when', body: '.x4', remove: ['.promo-inline'] };

  it('reads title, byline, date and body by the profile\'s selectors, less its remove selectors', () => {
    const parsed = parseArticle({ html: fixturePage('profile.html'), profile });
    expect(parsed).toMatchObject({ title: 'Pardon decree frees 20 prisoners', byline: 'Elvin Babayev', published: '2025-03-14', bodyMethod: 'profile' });
    expect(parsed.text.split('\n\n')).toEqual([
      'The president signed a pardon decree on Friday that frees 20 prisoners, among them two journalists and a human rights defender.',
      'Rights groups welcomed the releases but said more than 300 people they consider political prisoners remain in jail.',
    ]);
  });

  it('falls back to the generic extractor when the body selector matches nothing or cannot be read', () => {
    for (const body of ['.no-such-class', '[[[']) {
      const parsed = parseArticle({ html: fixturePage('profile.html'), profile: { ...profile, body, title: ':::', date: '<<<' } });
      expect(parsed.bodyMethod).not.toBe('profile');
      expect(parsed.text).toContain('The president signed a pardon decree');
      expect(parsed.title).toBe('Weekly court round-up');
    }
  });

  it('still cleans a profile\'s body of figures and share bars the profile did not list', () => {
    const html = page(`<div class="story">${`<p>${story[0]}</p>`}<figure><figcaption>Photo: the court</figcaption></figure><div class="share-buttons"><a href="#">Share</a></div><p>${story[1]}</p></div>`);
    expect(parseArticle({ html, profile: { body: '.story' } }).text.split('\n\n')).toEqual([story[0], story[1]]);
  });
});
