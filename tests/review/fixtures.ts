// Articles written for the review tests: ordinary reports, the same story from two outlets,
// a wrongly grouped pair, near-duplicates to merge, and one hostile article whose title,
// text, URL and archived page try to run script.
export type FixtureArticle = {
  key: string;
  outletId: string;
  url: string;
  title: string;
  published: string;
  text: string;
  html?: string;
  candidates: { type: 'ARREST' | 'CHARGE' | 'DETENTION' | 'SENTENCE' | 'RELEASE' | 'PARDON' | 'AMNESTY'; quote: string; date: string | null; people: string[]; count?: number | null; charges?: string[]; termMonths?: number | null; ruleIds: string[]; confidence: number }[];
};

export const outlets = [
  { id: 'caspian-herald', name: 'Caspian Herald', homepage: 'https://caspian-herald.example/' },
  { id: 'baku-observer', name: 'Baku Observer', homepage: 'https://baku-observer.example/' },
  { id: 'open-wire', name: 'Open Wire', homepage: 'https://open-wire.example/' },
];

export const articles: FixtureArticle[] = [
  {
    key: 'arrest-herald',
    outletId: 'caspian-herald',
    url: 'https://caspian-herald.example/2024/03/13/journalist-detained',
    title: 'Journalist Sevinj Mammadova detained in Baku',
    published: '2024-03-13',
    text: 'Journalist Sevinj Mammadova detained in Baku\n\nBAKU, March 13. Police detained investigative journalist Sevinj Mammadova in Baku on 12 March 2024, her lawyer said on Wednesday.\n\nShe was charged with smuggling, a charge her colleagues call retaliation for her reporting on public procurement.\n\nHer editor said the newsroom would keep publishing.',
    candidates: [
      { type: 'ARREST', quote: 'Police detained investigative journalist Sevinj Mammadova in Baku on 12 March 2024', date: '2024-03-12', people: ['Sevinj Mammadova'], charges: ['smuggling'], ruleIds: ['arrest-detained-by-police-1', 'charge-smuggling'], confidence: 0.86 },
    ],
  },
  {
    key: 'arrest-observer',
    outletId: 'baku-observer',
    url: 'https://baku-observer.example/news/mammadova-custody',
    title: 'Reporter Mammadova taken into custody',
    published: '2024-03-14',
    text: 'Reporter Mammadova taken into custody\n\nSevinj Mammadova, a reporter known for her investigations, was taken into custody in March 2024, according to her family.\n\nThe authorities have not commented.',
    candidates: [
      { type: 'ARREST', quote: 'Sevinj Mammadova, a reporter known for her investigations, was taken into custody in March 2024', date: '2024-03', people: ['Sevinj Mammadova'], ruleIds: ['arrest-taken-into-custody-1'], confidence: 0.74 },
    ],
  },
  {
    key: 'sentence',
    outletId: 'open-wire',
    url: 'https://open-wire.example/karimov-sentenced',
    title: 'Blogger Rauf Karimov sentenced to seven years',
    published: '2024-04-04',
    text: 'Blogger Rauf Karimov sentenced to seven years\n\nA court in Baku sentenced blogger Rauf Karimov to seven years in prison on 3 April 2024 on hooliganism charges.\n\nHis supporters gathered outside the courthouse.',
    candidates: [
      { type: 'SENTENCE', quote: 'A court in Baku sentenced blogger Rauf Karimov to seven years in prison on 3 April 2024 on hooliganism charges', date: '2024-04-03', people: ['Rauf Karimov'], charges: ['hooliganism'], termMonths: 84, ruleIds: ['sentence-sentenced-to-1', 'term-years'], confidence: 0.91 },
    ],
  },
  {
    key: 'release-a',
    outletId: 'open-wire',
    url: 'https://open-wire.example/nasirov-freed',
    title: 'Activist Elchin Nasirov freed',
    published: '2024-05-02',
    text: 'Activist Elchin Nasirov freed\n\nActivist Elchin Nasirov was released from prison on 1 May 2024 after serving his term.',
    candidates: [{ type: 'RELEASE', quote: 'Activist Elchin Nasirov was released from prison on 1 May 2024', date: '2024-05-01', people: ['Elchin Nasirov'], ruleIds: ['release-released-from-1'], confidence: 0.88 }],
  },
  {
    key: 'release-b',
    outletId: 'caspian-herald',
    url: 'https://caspian-herald.example/2024/05/nasirov-home',
    title: 'Nasirov home after release',
    published: '2024-05-03',
    text: 'Nasirov home after release\n\nElchin Nasirov walked free on 2 May 2024, his wife told reporters.\n\nTwo other prisoners, Anar Huseynov among them, were released in 2023.',
    candidates: [{ type: 'RELEASE', quote: 'Elchin Nasirov walked free on 2 May 2024', date: '2024-05-02', people: ['Elchin Nasirov'], ruleIds: ['release-walked-free-1'], confidence: 0.8 }],
  },
  {
    key: 'pardon',
    outletId: 'baku-observer',
    url: 'https://baku-observer.example/news/pardon-decree-154',
    title: 'President pardons 154 prisoners, journalists among them',
    published: '2024-05-28',
    text: 'President pardons 154 prisoners, journalists among them\n\nThe president signed a pardon decree on 27 May 2024 covering 154 prisoners, including two journalists.\n\nRights groups said dozens of political prisoners remain behind bars.',
    candidates: [{ type: 'PARDON', quote: 'The president signed a pardon decree on 27 May 2024 covering 154 prisoners', date: '2024-05-27', people: [], count: 154, ruleIds: ['pardon-signed-decree-1', 'count-numeral'], confidence: 0.93 }],
  },
  {
    key: 'detention',
    outletId: 'caspian-herald',
    url: 'https://caspian-herald.example/2024/06/court-extends-detention',
    title: 'Court extends detention of economist Tofig Yagublu',
    published: '2024-06-20',
    text: 'Court extends detention of economist Tofig Yagublu\n\nA Baku court on 19 June 2024 extended the pre-trial detention of economist Tofig Yagublu by four months on fraud and forgery charges.\n\nHis lawyer said he would appeal.',
    candidates: [{ type: 'DETENTION', quote: 'A Baku court on 19 June 2024 extended the pre-trial detention of economist Tofig Yagublu by four months on fraud and forgery charges', date: '2024-06-19', people: ['Tofig Yagublu'], charges: ['forgery', 'fraud'], ruleIds: ['detention-extended-1', 'charge-fraud', 'charge-forgery'], confidence: 0.82 }],
  },
  {
    key: 'hostile',
    outletId: 'open-wire',
    url: 'javascript:window.__pwned=1//',
    title: '<img src=x onerror="window.__pwned=1">Activist <script>window.__pwned=1</script> detained',
    published: '2024-06-02',
    text: 'Hostile <script>window.__pwned=1</script> headline\n\nActivist Gulnar <img src=x onerror="window.__pwned=1">Aliyeva was detained on 1 June 2024 <a href="javascript:window.__pwned=1">see here</a>.\n\n<svg onload="window.__pwned=1"></svg> javascript:window.__pwned=1',
    html: '<!doctype html><html><head><title>hostile</title><script>window.parent.__pwned=1;window.top.__pwned=1;window.__framePwned=1</script></head><body onload="window.parent.__pwned=1"><h1>Activist detained</h1><img src="x" onerror="window.parent.__pwned=1"><form action="https://evil.example/"><input name="x"><button>Go</button></form></body></html>',
    candidates: [
      { type: 'ARREST', quote: 'Activist Gulnar <img src=x onerror="window.__pwned=1">Aliyeva was detained on 1 June 2024', date: '2024-06-01', people: ['Gulnar Aliyeva'], ruleIds: ['arrest-was-detained-1'], confidence: 0.6 },
    ],
  },
];
