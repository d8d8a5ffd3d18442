/**
 * The reader's one stylesheet, served by the app itself (`/assets/reader.css`): a module rather
 * than a file so that every runtime's bundle carries it, Workers included. Colours meet WCAG 2.2
 * AA contrast in the light and the dark scheme; stances carry a word, never colour alone.
 */
export const READER_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1a1a1a;--muted:#555;--line:#c8c8c8;--panel:#f4f4f1;--link:#0645ad;--mark:#fff0a8;--focus:#b3006b;--ours:#5a3e00;--quote:#1f4d2b;
--supports:#1d6b2f;--opposes:#a1161c;--demands:#7a3c00;--conditional:#5d3d8a;--open:#0b5f75;--sceptical:#6b5200;--neutral:#4d4d4d}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#ececec;--muted:#b8b8b8;--line:#444;--panel:#1e1e1e;--link:#8cb4ff;--mark:#5c4a00;--focus:#ff8fd0;--ours:#f0c878;--quote:#9fdcad;
--supports:#7fd98f;--opposes:#ff8a8a;--demands:#ffb36b;--conditional:#c8a8ff;--open:#7fd6ec;--sceptical:#e8cf6a;--neutral:#c8c8c8}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:break-word}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:.5rem;top:-3rem;background:var(--bg);padding:.5rem;z-index:1}
.skip:focus{top:.5rem}
header.site,footer.site{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding:.75rem 1rem;border-bottom:1px solid var(--line)}
footer.site{border-top:1px solid var(--line);border-bottom:0;margin-top:2rem}
header.site ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
.brand{font-weight:700;font-size:1.2rem;text-decoration:none}
.languages{margin-left:auto}
[aria-current=true]{font-weight:700;text-decoration:none}
main{padding:0 1rem;max-width:90rem;margin:0 auto}
h1{font-size:1.6rem;line-height:1.25;margin:1.25rem 0 .5rem}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
h3{font-size:1rem;margin:.75rem 0 .25rem}
.kicker{display:block;font-size:.85rem;font-weight:400;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.lede{color:var(--muted);max-width:50rem}
ul.claims,td ul,.hits,.notes,.roles,.outcomes,.variants,.quoted-here,.timeline{padding-left:0;list-style:none}
.claim{border-top:1px solid var(--line);padding:.5rem 0}
.byline{margin:.25rem 0;font-size:.9rem;color:var(--muted)}
.who{font-weight:600;color:var(--fg)}
.verbatim{margin:.35rem 0;padding:.1rem 0 .1rem .75rem;border-left:4px solid var(--quote)}
.verbatim p{margin:0;font-style:italic}
.verbatim footer{font-size:.8rem}
.ours{margin:.35rem 0;font-size:.92rem}
.tag{display:inline-block;font-size:.75rem;font-weight:600;color:var(--ours);border:1px solid currentColor;border-radius:.25rem;padding:0 .3rem;margin-right:.25rem}
.stance{display:inline-block;font-size:.8rem;font-weight:700;border:2px solid currentColor;border-radius:1rem;padding:0 .5rem}
.stance-supports{color:var(--supports)}.stance-opposes{color:var(--opposes)}.stance-demands{color:var(--demands)}.stance-conditional{color:var(--conditional)}
.stance-open{color:var(--open)}.stance-sceptical{color:var(--sceptical)}.stance-neutral{color:var(--neutral)}
.gap{font-style:italic;color:var(--muted);border:1px dashed var(--line);padding:.25rem .5rem}
.group h3{font-size:.85rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.group-hearsay,.group-analysis{border-left:3px double var(--line);padding-left:.5rem}
.more{margin:.2rem 0;font-size:.85rem}
.disagree{font-size:.85rem;font-weight:400;margin:.4rem 0}
table.compare{border-collapse:collapse;width:100%;table-layout:fixed}
.compare th,.compare td{border:1px solid var(--line);padding:.5rem;vertical-align:top;text-align:left}
.compare thead th{background:var(--panel)}
.compare tbody th{width:12rem;background:var(--panel)}
.column-name{display:none}
.pickers{margin:1rem 0}
.pickers summary{cursor:pointer;font-weight:700;min-height:24px}
.pickers>div{display:flex;flex-wrap:wrap;gap:1rem;margin-top:.5rem}
.picker{border:1px solid var(--line);padding:.5rem 1rem;border-radius:.25rem;flex:1 1 20rem}
fieldset{border:0;padding:0;margin:0 0 .5rem}
legend{font-weight:700}
fieldset label{display:inline-block;margin:.15rem 1rem .15rem 0}
button,input,select{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--muted);border-radius:.25rem;padding:.3rem .6rem}
input[type=checkbox]{padding:0}
button{cursor:pointer;font-weight:600}
.legend dl{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.25rem 1.5rem;margin:0}
.legend dl div{display:grid;grid-template-columns:9rem 1fr;gap:.5rem;align-items:baseline}
.legend dd{margin:0;font-size:.9rem}
dl.facts div{display:grid;grid-template-columns:12rem 1fr;gap:1rem;border-top:1px solid var(--line);padding:.3rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
dl.facts ul{margin:0;padding-left:0;list-style:none}
mark{background:var(--mark);color:inherit}
:target{outline:3px solid var(--focus);outline-offset:2px}
.in-paragraph{margin:.75rem 0}
.in-paragraph blockquote{margin:0;padding:.5rem .75rem;background:var(--panel);border-left:4px solid var(--quote)}
.citation{overflow-wrap:anywhere;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;background:var(--panel);padding:.75rem;user-select:all}
.source-text{max-width:48rem}
.source-text p{margin:.75rem 0}
.quoted-here{font-size:.85rem;margin:0 0 1rem 1rem}
.quoted-here li{margin:.25rem 0}
.quoted-here li{line-height:1.8}
.span-ref{display:inline-block;min-height:24px;min-width:24px;font-weight:600}
.discrepancy,.actor,.timeline li{border-top:1px solid var(--line);padding:.5rem 0}
.dating{font-size:.9rem;color:var(--muted)}
.basis-inferred .dating strong{color:var(--ours)}
.search input[type=search]{width:min(30rem,100%)}
.search label{display:block;font-weight:600}
.hits li{border-top:1px solid var(--line);padding:.5rem 0}
.where{font-size:.85rem;color:var(--muted);margin:.1rem 0}
.start{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;list-style:none;padding:0;font-size:1.1rem}
@media (max-width:48rem){
table.compare,.compare thead,.compare tbody,.compare tr,.compare th,.compare td{display:block;width:auto}
.compare thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.compare tbody th{width:auto}
.compare tr{margin-bottom:1rem}
.column-name{display:block;font-weight:700;margin:0}
dl.facts div{grid-template-columns:1fr;gap:0}
}
@media print{
header.site nav,.pickers,.skip,footer.site{display:none}
body{font-size:11pt;background:#fff;color:#000}
a{color:#000}
main{max-width:none;padding:0}
.claim,.compare tr{break-inside:avoid}
.tag,.stance{border-color:#000;color:#000}
mark{background:none;text-decoration:underline;font-weight:600}
.source-text a[href]::after,.more a[href]::after{content:" (" attr(href) ")";font-size:.8em}
}
`;
