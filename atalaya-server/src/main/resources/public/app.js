// Atalaya dashboard: plain d3 over the JSON API (see /openapi.json). No build step, no CDN.
(() => {
  'use strict';
  const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
  const FILTERS = ['from', 'to', 'actor', 'country', 'root', 'quad', 'text'];
  // highlight priority when spans overlap: the trigger is what the rule matched, so it wins
  const KINDS = ['trigger', 'source', 'target', 'date', 'place'];
  const form = document.getElementById('filters');
  const $ = (id) => document.getElementById(id);
  let world = null;

  function setStatus(msg) { $('status').textContent = msg; }

  function filterParams() {
    const p = new URLSearchParams();
    const data = new FormData(form);
    for (const k of FILTERS) {
      const v = String(data.get(k) || '').trim();
      if (v) p.set(k, v);
    }
    return p;
  }

  function withParams(base, extra) {
    const p = new URLSearchParams(base);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    return p;
  }

  async function api(path, params) {
    const r = await fetch(params ? path + '?' + params : path);
    const body = await r.json();
    if (!r.ok) throw new Error((body.field ? body.field + ': ' : '') + body.error);
    return body;
  }

  function place(e) { return e.location ? e.location.name : ''; }
  function target(e) { return e.target ? e.target.code : ''; }

  async function refresh() {
    const f = filterParams();
    const interval = form.elements.interval.value;
    setStatus('loading…');
    try {
      const [series, dyads, events] = await Promise.all([
        api('/api/series', withParams(f, { by: 'quad', interval })),
        api('/api/dyads', withParams(f, { n: 15 })),
        api('/api/events', withParams(f, { limit: 1000 })),
      ]);
      if (!world) world = await d3.json('vendor/countries-110m.json');
      drawTimeline(series.points, interval, f);
      drawMap(events);
      drawDyads(dyads.dyads, f);
      setStatus('');
      document.body.dataset.ready = 'true';
    } catch (err) {
      setStatus(err.message);
    }
  }

  // ---- timeline: stacked bars of one-a-day events per period and quad class
  function periodEnd(start, interval) {
    const d = new Date(start + 'T00:00:00Z');
    if (interval === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    if (interval === 'week') return new Date(d.getTime() + 6 * 864e5);
    return d;
  }

  function drawTimeline(points, interval, f) {
    const periods = [...new Set(points.map((p) => p.period))].sort();
    const rows = periods.map((period) => {
      const row = { period, 1: 0, 2: 0, 3: 0, 4: 0 };
      points.filter((p) => p.period === period).forEach((p) => { row[p.key] = p.events; });
      return row;
    });
    const W = 640, H = 240, m = { t: 8, r: 8, b: 36, l: 40 };
    const root = d3.select('#timeline').html('');
    $('timeline-note').textContent = `(${d3.sum(points, (p) => p.events)} events, by ${interval})`;
    $('legend').innerHTML = Object.entries(QUADS).map(([k, n]) => `<span><i class="quad-${k}"></i>${k} ${n}</span>`).join('');
    const svg = root.append('svg').attr('viewBox', `0 0 ${W} ${H}`);
    if (!rows.length) {
      svg.append('text').attr('x', W / 2).attr('y', H / 2).attr('text-anchor', 'middle').text('no events');
      return;
    }
    const stack = d3.stack().keys(['1', '2', '3', '4'])(rows);
    const x = d3.scaleBand().domain(periods).range([m.l, W - m.r]).padding(0.15);
    const y = d3.scaleLinear().domain([0, d3.max(stack[3], (d) => d[1]) || 1]).nice().range([H - m.b, m.t]);
    const every = Math.max(1, Math.ceil(periods.length / 10));
    svg.append('g').attr('transform', `translate(0,${H - m.b})`)
      .call(d3.axisBottom(x).tickValues(periods.filter((_, i) => i % every === 0)))
      .selectAll('text').attr('transform', 'rotate(-30)').style('text-anchor', 'end');
    svg.append('g').attr('transform', `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(5));
    svg.append('g').selectAll('g').data(stack).join('g').attr('class', (s) => 'quad-' + s.key)
      .selectAll('rect').data((s) => s.map((d) => Object.assign(d, { quad: s.key }))).join('rect')
      .attr('class', (d) => 'bar quad-' + d.quad)
      .attr('data-period', (d) => d.data.period)
      .attr('x', (d) => x(d.data.period)).attr('width', x.bandwidth())
      .attr('y', (d) => y(d[1])).attr('height', (d) => Math.max(0, y(d[0]) - y(d[1])))
      .on('click', (_, d) => barEvents(d.data.period, d.quad, interval, f))
      .append('title').text((d) => `${d.data.period} · ${QUADS[d.quad]}: ${d[1] - d[0]}`);
  }

  async function barEvents(period, quad, interval, f) {
    // the bar's period, narrowed by the date filters already set
    let from = period;
    let to = periodEnd(period, interval).toISOString().slice(0, 10);
    if (f.get('from') && f.get('from') > from) from = f.get('from');
    if (f.get('to') && f.get('to') < to) to = f.get('to');
    const body = await api('/api/events', withParams(f, { from, to, quad, limit: 1000 }));
    showEvents(body.events, `${period} · ${QUADS[quad]} (${body.total})`);
  }

  // ---- map: Natural Earth countries (shipped in the jar) and one circle per located place
  function drawMap(body) {
    const W = 640, H = 340;
    const root = d3.select('#map').html('');
    const svg = root.append('svg').attr('viewBox', `0 0 ${W} ${H}`);
    const g = svg.append('g');
    const countries = topojson.feature(world, world.objects.countries);
    const places = d3.groups(body.events.filter((e) => e.location && e.location.lat !== null && e.location.lat !== undefined),
      (e) => e.location.lat + ',' + e.location.lon);
    const projection = d3.geoNaturalEarth1();
    if (places.length) {
      // frame the events (padded) rather than the whole world: most stores cover one region
      const lons = places.map(([, es]) => es[0].location.lon), lats = places.map(([, es]) => es[0].location.lat);
      const pad = Math.max(8, 0.25 * Math.max(d3.max(lons) - d3.min(lons), d3.max(lats) - d3.min(lats)));
      const clampLon = (v) => Math.max(-180, Math.min(180, v)), clampLat = (v) => Math.max(-80, Math.min(84, v));
      projection.fitExtent([[10, 10], [W - 10, H - 10]], { type: 'MultiPoint', coordinates: [
        [clampLon(d3.min(lons) - pad), clampLat(d3.min(lats) - pad)], [clampLon(d3.max(lons) + pad), clampLat(d3.max(lats) + pad)],
        [clampLon(d3.min(lons) - pad), clampLat(d3.max(lats) + pad)], [clampLon(d3.max(lons) + pad), clampLat(d3.min(lats) - pad)]] });
    } else {
      projection.fitSize([W, H], countries);
    }
    const path = d3.geoPath(projection);
    g.append('g').selectAll('path').data(countries.features).join('path').attr('class', 'country').attr('d', path)
      .append('title').text((d) => d.properties.name);
    const r = d3.scaleSqrt().domain([1, d3.max(places, ([, es]) => es.length) || 1]).range([4, 18]);
    g.append('g').selectAll('circle').data(places).join('circle')
      .attr('class', ([, es]) => 'point quad-' + d3.greatest(d3.rollups(es, (v) => v.length, (e) => e.event.quad_class), (q) => q[1])[0])
      .attr('cx', ([, es]) => projection([es[0].location.lon, es[0].location.lat])[0])
      .attr('cy', ([, es]) => projection([es[0].location.lon, es[0].location.lat])[1])
      .attr('r', ([, es]) => r(es.length))
      .on('click', (_, [, es]) => showEvents(es, `${es[0].location.name} (${es.length})`))
      .append('title').text(([, es]) => `${es[0].location.name}: ${es.length} events`);
    svg.call(d3.zoom().scaleExtent([1, 40]).on('zoom', (ev) => g.attr('transform', ev.transform)));
    const located = d3.sum(places, ([, es]) => es.length);
    $('map-note').textContent = `(${located} located of ${body.events.length} shown` +
      (body.total > body.events.length ? `, first ${body.events.length} of ${body.total}` : '') + ')';
  }

  // ---- dyads
  function drawDyads(dyads, f) {
    const rows = d3.select('#dyads tbody').selectAll('tr').data(dyads).join('tr')
      .on('click', async (_, d) => {
        const body = await api('/api/events', withParams(f, { actor: d.source, limit: 1000 }));
        showEvents(body.events.filter((e) => e.source.code === d.source && target(e) === d.target), `${d.source} → ${d.target}`);
      });
    rows.html((d) => `<td>${esc(d.source)}</td><td>${esc(d.target)}</td><td>${d.events}</td><td>${d.cooperation}</td>` +
      `<td>${d.conflict}</td><td><svg width="60" height="10"><rect x="${d.balance >= 0 ? 30 : 30 + 30 * d.balance}" width="${Math.abs(30 * d.balance)}"` +
      ` height="10" class="quad-${d.balance >= 0 ? 2 : 4}"></rect><line x1="30" x2="30" y1="0" y2="10" stroke="#333"></line></svg></td>`);
  }

  // ---- event list
  function showEvents(events, label) {
    $('events-note').textContent = label;
    d3.select('#events tbody').selectAll('tr').data(events).join('tr')
      .attr('class', (e) => 'event-row quad-row-' + e.event.quad_class)
      .on('click', (_, e) => { location.hash = 'article=' + encodeURIComponent(e.article_id) + '&event=' + encodeURIComponent(e.id); })
      .html((e) => `<td>${e.date}</td><td>${esc(e.source.code)}</td><td>${esc(e.event.cameo)} ${esc(e.event.name)}</td>` +
        `<td>${esc(target(e))}</td><td>${esc(place(e))}</td>`);
  }

  // ---- article view: the text with each event's evidence highlighted
  async function openArticle(id, eventId) {
    let a;
    try {
      a = await api('/api/articles/' + encodeURIComponent(id));
    } catch (err) {
      setStatus(err.message);
      return;
    }
    $('dashboard').hidden = true;
    $('article').hidden = false;
    $('article-title').textContent = a.title || a.id;
    $('article-meta').textContent = [a.id, a.source, a.published, a.lang, a.url, `coder ${a.coder.version}`]
      .filter(Boolean).join(' · ');
    renderText($('article-text'), a.text, a.evidence);
    d3.select('#article-events tbody').selectAll('tr').data(a.events).join('tr')
      .on('click', (_, e) => focus(e.id))
      .html((e) => `<td>${e.date} <small>${esc(e.date_basis)}</small></td><td>${esc(e.source.code)}</td>` +
        `<td>${esc(e.event.cameo)} ${esc(e.event.name)}</td><td>${esc(target(e))}</td><td>${esc(place(e))}</td>` +
        `<td>${esc(e.evidence.trigger)}</td><td class="rule">${esc(e.evidence.rule)}</td>`);
    if (eventId) focus(eventId);
    $('article').dataset.loaded = a.id;
  }

  function renderText(el, text, spans) {
    el.textContent = '';
    const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.begin, s.end])])].sort((p, q) => p - q);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i], b = cuts[i + 1];
      const over = spans.filter((s) => s.begin <= a && s.end >= b);
      const kind = KINDS.find((k) => over.some((s) => s.kind === k));
      const piece = text.slice(a, b);
      if (kind) {
        const mark = document.createElement('mark');
        mark.className = 'hl hl-' + kind;
        const mine = over.filter((s) => s.kind !== 'sentence');
        mark.dataset.events = [...new Set(mine.map((s) => s.event_id))].join(' ');
        mark.title = mine.map((s) => `${s.kind} · ${s.rule}`).join('\n');
        mark.textContent = piece;
        el.appendChild(mark);
      } else if (over.length) {
        const span = document.createElement('span');
        span.className = 'hl-sentence';
        span.textContent = piece;
        el.appendChild(span);
      } else {
        el.appendChild(document.createTextNode(piece));
      }
    }
  }

  function focus(eventId) {
    let first = null;
    document.querySelectorAll('#article-text mark').forEach((m) => {
      const on = m.dataset.events.split(' ').includes(eventId);
      m.classList.toggle('focus', on);
      if (on && !first) first = m;
    });
    if (first) first.scrollIntoView({ block: 'center' });
  }

  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, (c) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  function route() {
    const h = new URLSearchParams(location.hash.slice(1));
    if (h.get('article')) {
      openArticle(h.get('article'), h.get('event'));
    } else {
      $('article').hidden = true;
      $('dashboard').hidden = false;
    }
  }

  form.addEventListener('submit', (ev) => { ev.preventDefault(); refresh(); });
  $('reset').addEventListener('click', () => { form.reset(); refresh(); });
  $('close-article').addEventListener('click', () => { location.hash = ''; });
  window.addEventListener('hashchange', route);
  refresh();
  route();
})();
