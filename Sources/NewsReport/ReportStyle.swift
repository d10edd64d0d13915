/// The report's one stylesheet, inline: system fonts, one column on a phone, two (text and
/// findings) on a wide screen; each kind of figure has a colour and its own underline, so the kinds
/// differ without colour too; contrast of text on every background is at least 7:1.
enum ReportStyle {
    static let css = """
        :root { --text: #1b1f24; --muted: #4a5561; --line: #c9d1d9; --page: #ffffff; --panel: #f4f6f8; --focus: #0b57d0; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--text); background: var(--page); }
        header, main { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
        header { border-bottom: 1px solid var(--line); }
        h1 { font-size: 1.6rem; margin: 1rem 0 .25rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
        h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
        h4 { font-size: 1rem; margin: 0 0 .5rem; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; margin: .25rem 0 .75rem; }
        a { color: #0a4db3; }
        .skip { position: absolute; left: -999px; top: 0; background: var(--page); padding: .5rem; }
        .skip:focus { left: 1rem; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .cards { list-style: none; display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; }
        .cards li { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 8rem; }
        .big { display: block; font-size: 1.5rem; font-weight: 700; }
        .tables { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .95rem; }
        caption { text-align: left; font-weight: 700; padding-bottom: .25rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
        thead th { background: var(--panel); }
        table.documents { width: 100%; }
        table.documents td { overflow-wrap: anywhere; }
        details table { display: block; overflow-x: auto; }
        .note, .hint { color: var(--muted); }
        .legend { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
        .legend-title { font-weight: 700; }
        .swatch { display: inline-block; width: 1rem; height: 1rem; margin-right: .4rem; vertical-align: -2px; border-radius: 2px; }
        .fig { color: var(--text); border-radius: 3px; padding: 0 .1em; position: relative; cursor: help; border-bottom-width: 3px; }
        .k-count { background: #dbe8ff; border-bottom: 3px solid #1d4ed8; }
        .k-money { background: #d5f5df; border-bottom: 3px double #15803d; }
        .k-percent { background: #ffefc2; border-bottom: 3px dashed #a14c07; }
        .k-date { background: #f0e3ff; border-bottom: 3px dotted #7e22ce; }
        .fig.sample { cursor: default; margin-right: .35rem; }
        .fig.flagged { outline: 1px solid #4a5561; }
        .fig.flag-warning { outline: 2px solid #a14c07; }
        .fig.flag-error { outline: 2px solid #b00020; }
        .tip { display: none; position: absolute; left: 0; top: calc(100% + 4px); z-index: 10; width: max-content; max-width: min(22rem, 86vw);
               background: #1b1f24; color: #ffffff; border-radius: 6px; padding: .45rem .6rem; font-size: .85rem; line-height: 1.4;
               box-shadow: 0 2px 8px rgba(0,0,0,.25); white-space: normal; text-align: left; }
        .tip .row { display: block; }
        .tip .name { color: #c7d2fe; font-weight: 700; margin-right: .3rem; }
        .fig:hover > .tip, .fig:focus > .tip { display: block; }
        .sev { display: inline-block; white-space: nowrap; font-size: .75rem; font-weight: 700; border-radius: 3px; padding: 0 .35em; margin-left: .15em;
               text-decoration: none; vertical-align: 1px; }
        .sev-info { background: #e1ecf7; color: #0b3a75; }
        .sev-warning { background: #ffe5b4; color: #6b3500; }
        .sev-error { background: #ffd6d6; color: #8a0000; }
        .meta { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0 0 .75rem; font-size: .92rem; }
        .meta div { display: flex; gap: .35rem; min-width: 0; }
        .meta dt { color: var(--muted); }
        .meta dt::after { content: ":"; }
        .meta dd { margin: 0; overflow-wrap: anywhere; }
        .diagnostics { color: var(--muted); font-size: .9rem; }
        article { border-top: 1px solid var(--line); padding-bottom: 1rem; }
        .columns { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 1.5rem; }
        .body p { margin: 0 0 .9rem; }
        .findings { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; font-size: .92rem; align-self: start; }
        .findings ol { margin: 0; padding-left: 1.2rem; }
        .finding { margin-bottom: .5rem; }
        .finding:target { outline: 3px solid var(--focus); }
        .about { display: block; color: var(--muted); }
        figure.series { margin: 1rem 0 2rem; }
        figure .kind { font-weight: 400; color: var(--muted); font-size: .95rem; }
        svg.chart { width: 100%; max-width: 46rem; height: auto; display: block; background: var(--page); }
        svg .grid { stroke: #e3e8ee; stroke-width: 1; }
        svg .axis { stroke: #4a5561; stroke-width: 1.2; }
        svg .tick { font-size: 12px; fill: #4a5561; }
        svg .axis-title { font-size: 13px; fill: #1b1f24; font-weight: 700; }
        svg .value { font-size: 12px; fill: #1b1f24; }
        svg .line { fill: none; stroke-width: 2.5; stroke: #1d4ed8; }
        svg .point { stroke: #1b1f24; stroke-width: 1; fill: #1d4ed8; }
        svg .line.k-money { stroke: #15803d; } svg .point.k-money { fill: #15803d; }
        svg .line.k-percent { stroke: #a14c07; } svg .point.k-percent { fill: #a14c07; }
        .contradiction { margin: .25rem 0; }
        @media (max-width: 52rem) {
          .columns { grid-template-columns: minmax(0, 1fr); }
          body { font-size: 17px; }
          .tables { display: block; }
          table { max-width: 100%; }
          td { overflow-wrap: anywhere; }
          td, th { padding: .3rem .4rem; }
        }
        @media print { .tip { display: none !important; } .skip { display: none; } }

        """
}
