// geokg's interactive page: a force-directed drawing of the actor graph in SVG.
//
// Written for this page, with no library, so the file works offline and reads
// in one pass. Every string from the data goes into the DOM through
// textContent or setAttribute, never as markup: news text may hold anything.
'use strict';

(function () {
  const SVG_NS = 'http://www.w3.org/2000/svg';

  // The visual language of every geokg picture (src/export/style.rs; a test
  // keeps the two equal): Okabe-Ito blue and green for cooperation, orange
  // and vermilion for conflict.
  const QUADS = [
    { id: 'verbal_cooperation', label: 'Verbal cooperation', color: '#0072B2' },
    { id: 'material_cooperation', label: 'Material cooperation', color: '#009E73' },
    { id: 'verbal_conflict', label: 'Verbal conflict', color: '#E69F00' },
    { id: 'material_conflict', label: 'Material conflict', color: '#D55E00' },
  ];
  const QUAD_BY_ID = new Map(QUADS.map((q) => [q.id, q]));

  const KINDS = {
    country: { label: 'Country', shape: 'square', color: '#ABDAF4' },
    organization: { label: 'Organisation', shape: 'hexagon', color: '#F8F1A1' },
    government: { label: 'Government body', shape: 'house', color: '#80CFB9' },
    person: { label: 'Person', shape: 'circle', color: '#F3CF80' },
    group: { label: 'Group', shape: 'octagon', color: '#E6BCD3' },
    source: { label: 'Source (document)', shape: 'diamond', color: '#DDDDDD' },
  };
  const UNKNOWN_KIND = { label: 'Other', shape: 'circle', color: '#999999' };

  // Labels drawn at scale 1; more appear as the user zooms in.
  const LABELS_AT_SCALE_1 = 60;

  // ---------------------------------------------------------------- data

  // Nodes of the view; events drawn between nodes `from` and `to`, which after a
  // roll-up differ from the event's own `source` and `target`.
  const page = JSON.parse(document.getElementById('geokg-data').textContent);

  const nodes = (page.nodes || []).map((actor, index) => ({
    actor,
    id: actor.id,
    index,
    degree: 0,
    x: 0,
    y: 0,
    r: 8,
    element: null,
    edges: [],
  }));
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const events = (page.events || []).filter((e) => nodeById.has(e.from) && nodeById.has(e.to));
  for (const e of events) {
    nodeById.get(e.from).degree += 1;
    nodeById.get(e.to).degree += 1;
  }
  // Area grows with events, relative to the busiest actor, so hubs stand out
  // without covering their neighbours in a big graph.
  const maxDegree = Math.max(1, ...nodes.map((n) => n.degree));
  for (const n of nodes) n.r = 6 + 12 * Math.sqrt(n.degree / maxDegree);
  const statements = page.statements || [];
  // Names of every actor, folded-in members too, for the evidence panel.
  const names = new Map();
  for (const n of nodes) {
    names.set(n.id, n.actor.label);
    for (const m of n.actor.members || []) names.set(m.id, m.label);
  }

  const pairKey = (s, t) => s + '\u0000' + t;

  // --------------------------------------------------------------- helpers

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value !== undefined && value !== null) node.setAttribute(name, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // Sets an element's children, skipping the absent ones (the DOM would print "null").
  function fill(parent, ...children) {
    parent.replaceChildren(...children.filter((c) => c !== null && c !== undefined && c !== false));
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      node.setAttribute(name, String(value));
    }
    return node;
  }

  function label(id) {
    return names.has(id) ? names.get(id) : id;
  }

  function plural(count, one, many) {
    return count.toLocaleString('en') + ' ' + (count === 1 ? one : many);
  }

  // Folds case and accents so "nauseda" finds "Nausėda".
  function fold(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function kindOf(actor) {
    return KINDS[actor.kind] || UNKNOWN_KIND;
  }

  function shapeElement(shape, r, color) {
    const polygon = (sides, rotation) => {
      const points = [];
      for (let i = 0; i < sides; i += 1) {
        const a = rotation + (2 * Math.PI * i) / sides;
        points.push((r * Math.cos(a)).toFixed(2) + ',' + (r * Math.sin(a)).toFixed(2));
      }
      return svg('polygon', { points: points.join(' '), fill: color, class: 'shape' });
    };
    switch (shape) {
      case 'square':
        return svg('rect', { x: -r * 0.85, y: -r * 0.85, width: r * 1.7, height: r * 1.7, rx: 2, fill: color, class: 'shape' });
      case 'diamond':
        return polygon(4, 0);
      case 'triangle':
        return polygon(3, -Math.PI / 2);
      case 'hexagon':
        return polygon(6, 0);
      case 'octagon':
        return polygon(8, Math.PI / 8);
      case 'house': {
        // Graphviz's house: a square with a pointed roof.
        const h = r * 0.8;
        const points = [[-h, h], [h, h], [h, -h * 0.3], [0, -h * 1.2], [-h, -h * 0.3]];
        return svg('polygon', { points: points.map((p) => p.map((v) => v.toFixed(2)).join(',')).join(' '), fill: color, class: 'shape' });
      }
      default:
        return svg('circle', { r, fill: color, class: 'shape' });
    }
  }

  // A date like "2021-12" or "2021" compares as its first day.
  function padDate(date) {
    const parts = String(date).split('-');
    while (parts.length < 3) parts.push('01');
    return parts.join('-');
  }

  // ---------------------------------------------------------------- layout

  // Fruchterman-Reingold with gravity, from a deterministic spiral start (most
  // connected actors in the middle), so the same graph always looks the same.
  // Actors without events would only drift to the edge: they go in rows below.
  function layout() {
    const linked = nodes.filter((n) => n.degree > 0)
      .sort((a, b) => b.degree - a.degree || a.index - b.index);
    const golden = Math.PI * (3 - Math.sqrt(5));
    linked.forEach((node, i) => {
      const radius = 30 * Math.sqrt(i + 0.5);
      node.x = radius * Math.cos(i * golden);
      node.y = radius * Math.sin(i * golden);
    });
    simulate(linked);
    placeIsolated(nodes.filter((n) => n.degree === 0));
  }

  function simulate(list) {
    const n = list.length;
    if (n === 0) return;
    const slot = new Map(list.map((node, i) => [node, i]));
    const links = [];
    const seen = new Set();
    for (const e of events) {
      if (e.from === e.to) continue;
      const a = nodeById.get(e.from);
      const b = nodeById.get(e.to);
      const key = a.index < b.index ? pairKey(a.id, b.id) : pairKey(b.id, a.id);
      if (seen.has(key)) continue;
      seen.add(key);
      links.push([slot.get(a), slot.get(b)]);
    }

    const k = 70;
    // Beyond this distance actors stop pushing each other (as d3's distanceMax),
    // so separate components stay near instead of flying apart.
    const reach2 = (5 * k) * (5 * k);
    const iterations = n > 150 ? 220 : 320;
    let temperature = 50;
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let step = 0; step < iterations; step += 1) {
      dx.fill(0);
      dy.fill(0);
      for (let i = 0; i < n; i += 1) {
        const a = list[i];
        for (let j = i + 1; j < n; j += 1) {
          const b = list[j];
          let x = a.x - b.x;
          let y = a.y - b.y;
          let d2 = x * x + y * y;
          if (d2 > reach2) continue;
          if (d2 < 0.01) {
            x = 0.1 * ((i % 7) - 3) + 0.05;
            y = 0.1 * ((j % 5) - 2) + 0.05;
            d2 = x * x + y * y;
          }
          // Bigger nodes push harder, so hubs and their labels get room.
          const force = (k * k * (1 + (a.r + b.r) / 40)) / d2;
          dx[i] += x * force;
          dy[i] += y * force;
          dx[j] -= x * force;
          dy[j] -= y * force;
        }
      }
      for (const [i, j] of links) {
        const x = list[i].x - list[j].x;
        const y = list[i].y - list[j].y;
        const d = Math.sqrt(x * x + y * y) || 0.01;
        const force = d / k;
        dx[i] -= x * force;
        dy[i] -= y * force;
        dx[j] += x * force;
        dy[j] += y * force;
      }
      for (let i = 0; i < n; i += 1) {
        const node = list[i];
        dx[i] -= node.x * 0.05;
        dy[i] -= node.y * 0.05;
        const length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
        const move = Math.min(length, temperature);
        node.x += (dx[i] / length) * move;
        node.y += (dy[i] / length) * move;
      }
      temperature = Math.max(0.5, temperature * 0.985);
    }
  }

  // Rows under the drawing, as wide as the drawing, in alphabetical order.
  function placeIsolated(list) {
    if (list.length === 0) return;
    const placed = nodes.filter((n) => n.degree > 0);
    let left = -200;
    let right = 200;
    let bottom = 0;
    if (placed.length) {
      left = Math.min(...placed.map((n) => n.x));
      right = Math.max(...placed.map((n) => n.x));
      bottom = Math.max(...placed.map((n) => n.y + n.r));
    }
    right = Math.max(right, left + 400);
    list.sort((a, b) => String(a.actor.label).localeCompare(String(b.actor.label)));
    let x = left;
    let y = bottom + 70;
    for (const node of list) {
      const width = Math.max(40, 7 * String(node.actor.label).length + 16);
      if (x + width > right && x > left) {
        x = left;
        y += 45;
      }
      node.x = x + width / 2;
      node.y = y;
      x += width;
    }
  }

  // ------------------------------------------------------------- drawing

  const svgRoot = document.getElementById('graph');
  const viewport = svg('g', { id: 'viewport' });
  const edgeLayer = svg('g', { class: 'edges' });
  const nodeLayer = svg('g', { class: 'nodes' });
  viewport.append(edgeLayer, nodeLayer);

  const defs = svg('defs');
  for (const q of QUADS) {
    const marker = svg('marker', {
      id: 'arrow-' + q.id,
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 4,
      markerHeight: 4,
      markerUnits: 'strokeWidth',
      orient: 'auto',
    });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: q.color }));
    defs.append(marker);
  }
  svgRoot.append(defs, viewport);

  const view = { x: 0, y: 0, scale: 1 };
  function applyView() {
    viewport.setAttribute('transform', `translate(${view.x.toFixed(2)},${view.y.toFixed(2)}) scale(${view.scale.toFixed(4)})`);
    const shown = Math.round(LABELS_AT_SCALE_1 * view.scale * view.scale);
    for (const n of nodes) n.element.classList.toggle('unlabelled', n.rank >= shown);
  }

  function drawNodes() {
    const ranked = nodes.slice().sort((a, b) => b.degree - a.degree || a.index - b.index);
    ranked.forEach((n, i) => { n.rank = i; });
    for (const n of nodes) {
      const kind = kindOf(n.actor);
      const g = svg('g', { class: 'node', 'data-id': n.id });
      g.append(shapeElement(kind.shape, n.r, kind.color));
      const text = svg('text', { y: n.r + 12, 'text-anchor': 'middle' });
      text.textContent = n.actor.label;
      const title = svg('title');
      title.textContent = n.actor.label + ' (' + kind.label.toLowerCase() + ', ' + plural(n.degree, 'event', 'events') + ')';
      g.append(title, text);
      g.addEventListener('click', (event) => {
        if (drag.moved) return;
        event.stopPropagation();
        selectNode(n);
      });
      n.element = g;
      nodeLayer.append(g);
    }
    positionNodes();
  }

  function positionNodes() {
    for (const n of nodes) n.element.setAttribute('transform', `translate(${n.x.toFixed(2)},${n.y.toFixed(2)})`);
  }

  // One drawn arrow per ordered pair of actors, for the events the filters let through.
  let pairs = new Map();

  function rebuildPairs() {
    pairs = new Map();
    for (const e of events) {
      if (!passes(e)) continue;
      const key = pairKey(e.from, e.to);
      let pair = pairs.get(key);
      if (!pair) {
        pair = { key, source: nodeById.get(e.from), target: nodeById.get(e.to), events: [], element: null };
        pairs.set(key, pair);
      }
      pair.events.push(e);
    }
  }

  // The quad class most of the pair's events have; conflict wins a tie.
  function dominantQuad(pair) {
    const counts = new Map();
    for (const e of pair.events) counts.set(e.quad_class, (counts.get(e.quad_class) || 0) + 1);
    let best = QUADS[0];
    let bestCount = -1;
    for (const q of QUADS) {
      const c = counts.get(q.id) || 0;
      if (c >= bestCount && c > 0) {
        best = q;
        bestCount = c;
      }
    }
    return best;
  }

  function edgePath(pair) {
    const s = pair.source;
    const t = pair.target;
    if (s === t) {
      const r = s.r;
      return `M${s.x - r * 0.5},${s.y - r} C${s.x - r * 3},${s.y - r * 5} ${s.x + r * 3},${s.y - r * 5} ${s.x + r * 0.5},${s.y - r}`;
    }
    const x = t.x - s.x;
    const y = t.y - s.y;
    const d = Math.sqrt(x * x + y * y) || 1;
    const ux = x / d;
    const uy = y / d;
    // Arrows both ways between two actors bend apart instead of overlapping.
    const bend = pairs.has(pairKey(t.id, s.id)) ? Math.min(40, d * 0.18) : 0;
    const x1 = s.x + ux * s.r;
    const y1 = s.y + uy * s.r;
    const x2 = t.x - ux * (t.r + 2);
    const y2 = t.y - uy * (t.r + 2);
    if (bend === 0) return `M${x1.toFixed(2)},${y1.toFixed(2)} L${x2.toFixed(2)},${y2.toFixed(2)}`;
    const cx = (x1 + x2) / 2 - uy * bend;
    const cy = (y1 + y2) / 2 + ux * bend;
    return `M${x1.toFixed(2)},${y1.toFixed(2)} Q${cx.toFixed(2)},${cy.toFixed(2)} ${x2.toFixed(2)},${y2.toFixed(2)}`;
  }

  function drawEdges() {
    edgeLayer.replaceChildren();
    // Many arrows: draw them lighter, so the nodes and the clicked one stand out.
    svgRoot.classList.toggle('dense', pairs.size > 250);
    for (const n of nodes) n.edges = [];
    for (const pair of pairs.values()) {
      const quad = dominantQuad(pair);
      const width = 1.4 + 1.6 * Math.log2(pair.events.length);
      const g = svg('g', { class: 'edge', 'data-source': pair.source.id, 'data-target': pair.target.id });
      const line = svg('path', {
        class: 'edge-line',
        stroke: quad.color,
        'stroke-width': width.toFixed(2),
        'marker-end': `url(#arrow-${quad.id})`,
      });
      const hit = svg('path', { class: 'edge-hit' });
      const title = svg('title');
      const relations = [...new Set(pair.events.map((e) => e.relation))].join(', ');
      title.textContent = `${pair.source.actor.label} \u2192 ${pair.target.actor.label}: ${relations} (${plural(pair.events.length, 'event', 'events')})`;
      g.append(title, line, hit);
      g.addEventListener('click', (event) => {
        if (drag.moved) return;
        event.stopPropagation();
        selectPair(pair);
      });
      pair.element = g;
      pair.paths = [line, hit];
      pair.source.edges.push(pair);
      if (pair.target !== pair.source) pair.target.edges.push(pair);
      edgeLayer.append(g);
    }
    positionEdges(pairs.values());
  }

  function positionEdges(list) {
    for (const pair of list) {
      const d = edgePath(pair);
      for (const p of pair.paths) p.setAttribute('d', d);
    }
  }

  function fitView() {
    const rect = svgRoot.getBoundingClientRect();
    const width = rect.width || 800;
    // The bottom line holds the help text.
    const height = Math.max(100, (rect.height || 600) - 24);
    if (nodes.length === 0) return;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const n of nodes) {
      // Room for the label under the node (about 6.5 px a character at 11 px).
      const half = Math.max(n.r, 3.3 * String(n.actor.label).length) + 8;
      minX = Math.min(minX, n.x - half);
      maxX = Math.max(maxX, n.x + half);
      minY = Math.min(minY, n.y - n.r - 12);
      maxY = Math.max(maxY, n.y + n.r + 30);
    }
    view.scale = Math.min(2, width / (maxX - minX), height / (maxY - minY));
    view.x = width / 2 - ((minX + maxX) / 2) * view.scale;
    view.y = height / 2 - ((minY + maxY) / 2) * view.scale;
    applyView();
  }

  function centerOn(node) {
    const rect = svgRoot.getBoundingClientRect();
    view.scale = Math.max(view.scale, 1.2);
    view.x = rect.width / 2 - node.x * view.scale;
    view.y = rect.height / 2 - node.y * view.scale;
    applyView();
  }

  // ------------------------------------------------------- pan, zoom, drag

  const drag = { mode: null, node: null, startX: 0, startY: 0, moved: false, lastX: 0, lastY: 0 };

  function toGraph(clientX, clientY) {
    const rect = svgRoot.getBoundingClientRect();
    return {
      x: (clientX - rect.left - view.x) / view.scale,
      y: (clientY - rect.top - view.y) / view.scale,
    };
  }

  svgRoot.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    const nodeElement = event.target.closest('.node');
    drag.moved = false;
    drag.startX = drag.lastX = event.clientX;
    drag.startY = drag.lastY = event.clientY;
    if (nodeElement) {
      drag.mode = 'node';
      drag.node = nodeById.get(nodeElement.getAttribute('data-id'));
    } else {
      drag.mode = 'pan';
    }
  });

  svgRoot.addEventListener('pointermove', (event) => {
    if (!drag.mode) return;
    if (!drag.moved && Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) > 4) {
      drag.moved = true;
      svgRoot.setPointerCapture(event.pointerId);
      if (drag.mode === 'pan') svgRoot.classList.add('panning');
    }
    if (!drag.moved) return;
    if (drag.mode === 'pan') {
      view.x += event.clientX - drag.lastX;
      view.y += event.clientY - drag.lastY;
      applyView();
    } else if (drag.node) {
      const p = toGraph(event.clientX, event.clientY);
      drag.node.x = p.x;
      drag.node.y = p.y;
      drag.node.element.setAttribute('transform', `translate(${p.x.toFixed(2)},${p.y.toFixed(2)})`);
      positionEdges(drag.node.edges);
    }
    drag.lastX = event.clientX;
    drag.lastY = event.clientY;
  });

  function endDrag(event) {
    if (!drag.mode) return;
    if (svgRoot.hasPointerCapture(event.pointerId)) svgRoot.releasePointerCapture(event.pointerId);
    svgRoot.classList.remove('panning');
    drag.mode = null;
    drag.node = null;
    // `moved` stays set until the click that ends this drag has been ignored.
    setTimeout(() => { drag.moved = false; }, 0);
  }
  svgRoot.addEventListener('pointerup', endDrag);
  svgRoot.addEventListener('pointercancel', endDrag);

  svgRoot.addEventListener('wheel', (event) => {
    event.preventDefault();
    const rect = svgRoot.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    const factor = Math.exp(-event.deltaY * 0.0015);
    const scale = Math.min(8, Math.max(0.05, view.scale * factor));
    view.x = px - ((px - view.x) * scale) / view.scale;
    view.y = py - ((py - view.y) * scale) / view.scale;
    view.scale = scale;
    applyView();
  }, { passive: false });

  svgRoot.addEventListener('click', () => {
    if (drag.moved) return;
    clearSelection();
    showIntro();
  });

  // -------------------------------------------------------------- filters

  const filters = { quads: new Set(QUADS.map((q) => q.id)), categories: new Set(), since: '', until: '' };
  const categoryCounts = new Map();
  for (const e of events) categoryCounts.set(e.category, (categoryCounts.get(e.category) || 0) + 1);
  const categories = [...categoryCounts.keys()].sort();
  for (const c of categories) filters.categories.add(c);
  const dates = events.map((e) => e.date).filter(Boolean).map(padDate).sort();

  function passes(e) {
    if (!filters.quads.has(e.quad_class)) return false;
    if (!filters.categories.has(e.category)) return false;
    if (filters.since || filters.until) {
      // An undated event cannot be said to fall inside a date range.
      if (!e.date) return false;
      const date = padDate(e.date);
      if (filters.since && date < filters.since) return false;
      if (filters.until && date > filters.until) return false;
    }
    return true;
  }

  function checkbox(labelText, count, checked, color, onChange) {
    const input = el('input', { type: 'checkbox' });
    input.checked = checked;
    input.addEventListener('change', () => onChange(input.checked));
    const swatch = color ? el('span', { class: 'swatch', style: 'background:' + color }) : null;
    return el('label', {}, input, swatch, el('span', {}, labelText), el('span', { class: 'count' }, count.toLocaleString('en')));
  }

  function buildFilters() {
    const quadCounts = new Map();
    for (const e of events) quadCounts.set(e.quad_class, (quadCounts.get(e.quad_class) || 0) + 1);
    const quadBox = document.getElementById('quad-filters');
    for (const q of QUADS) {
      quadBox.append(checkbox(q.label, quadCounts.get(q.id) || 0, true, q.color, (on) => {
        if (on) filters.quads.add(q.id); else filters.quads.delete(q.id);
        refilter();
      }));
    }
    const categoryBox = document.getElementById('category-filters');
    for (const c of categories) {
      categoryBox.append(checkbox(c.replace(/_/g, ' '), categoryCounts.get(c), true, null, (on) => {
        if (on) filters.categories.add(c); else filters.categories.delete(c);
        refilter();
      }));
    }
    const since = document.getElementById('since');
    const until = document.getElementById('until');
    const hint = document.getElementById('date-hint');
    if (dates.length === 0) {
      since.disabled = true;
      until.disabled = true;
      hint.textContent = 'No event in this graph has a date (see --date).';
    } else {
      since.min = until.min = dates[0];
      since.max = until.max = dates[dates.length - 1];
      const first = dates[0];
      const last = dates[dates.length - 1];
      const undated = events.length - dates.length;
      hint.textContent = (first === last ? `Events dated ${first}.` : `Events dated ${first} to ${last}.`) +
        (undated ? ` ${plural(undated, 'undated event is', 'undated events are')} hidden while a date is set.` : '');
    }
    since.addEventListener('change', () => { filters.since = since.value; refilter(); });
    until.addEventListener('change', () => { filters.until = until.value; refilter(); });
    document.getElementById('reset').addEventListener('click', () => {
      for (const input of document.querySelectorAll('#controls input[type=checkbox]')) input.checked = true;
      filters.quads = new Set(QUADS.map((q) => q.id));
      filters.categories = new Set(categories);
      since.value = until.value = filters.since = filters.until = '';
      refilter();
    });
  }

  function refilter() {
    rebuildPairs();
    drawEdges();
    let shownEvents = 0;
    for (const pair of pairs.values()) shownEvents += pair.events.length;
    const filtering = shownEvents !== events.length;
    for (const n of nodes) n.element.classList.toggle('faded', filtering && n.edges.length === 0);
    document.getElementById('filter-result').textContent = filtering
      ? `Showing ${plural(shownEvents, 'event', 'events')} of ${events.length.toLocaleString('en')}.`
      : '';
    if (selection && selection.pair) {
      const pair = pairs.get(selection.pair.key);
      if (pair) selectPair(pair); else { clearSelection(); showIntro(); }
    } else if (selection && selection.node) {
      selectNode(selection.node);
    }
  }

  // -------------------------------------------------------------- legend

  function buildLegend() {
    const legend = document.getElementById('kind-legend');
    const kinds = Object.values(KINDS);
    legend.setAttribute('viewBox', `0 0 220 ${kinds.length * 24 + 4}`);
    legend.style.height = `${kinds.length * 24 + 4}px`;
    kinds.forEach((kind, i) => {
      const g = svg('g', { transform: `translate(12,${14 + i * 24})` });
      g.append(shapeElement(kind.shape, 8, kind.color));
      const text = svg('text', { x: 20, y: 4 });
      text.textContent = kind.label;
      g.append(text);
      legend.append(g);
    });
  }

  // ------------------------------------------------------------ details

  const details = document.getElementById('details');
  let selection = null;

  function clearSelection() {
    selection = null;
    svgRoot.classList.remove('focused');
    for (const x of svgRoot.querySelectorAll('.selected, .near, .found')) x.classList.remove('selected', 'near', 'found');
  }

  function showIntro() {
    details.replaceChildren(el('p', { class: 'hint' },
      'Click an arrow to see the sentences behind it, or an actor to see its events and statements.'));
  }

  // The sentence with its trigger marked, built from text nodes only.
  function sentenceWithTrigger(e) {
    const p = el('p', { class: 'sentence' });
    const text = String(e.text || '');
    const at = e.trigger ? text.indexOf(e.trigger) : -1;
    if (at < 0) {
      p.textContent = text;
    } else {
      p.append(text.slice(0, at), el('mark', {}, e.trigger), text.slice(at + e.trigger.length));
    }
    return p;
  }

  function eventCard(e) {
    const quad = QUAD_BY_ID.get(e.quad_class);
    const card = el('div', { class: 'event', style: quad ? '--quad:' + quad.color : null });
    const what = el('div', { class: 'what' },
      `${label(e.source)} \u2014${e.negated ? 'not ' : ''}${e.relation}\u2192 ${label(e.target)}`);
    const tags = el('div', { class: 'meta' },
      el('span', { class: 'tag' }, 'CAMEO ' + e.cameo),
      el('span', { class: 'tag' }, String(e.category).replace(/_/g, ' ')),
      el('span', { class: 'tag' }, quad ? quad.label : e.quad_class),
      el('span', { class: 'tag' }, e.modality),
      e.negated ? el('span', { class: 'tag negated' }, 'negated') : null,
      e.goldstein !== undefined ? el('span', { class: 'tag' }, 'Goldstein ' + e.goldstein) : null);
    const where = el('div', { class: 'meta' },
      `${e.doc}, sentence ${e.sentence + 1}` + (e.date ? `, ${e.date}` : ''));
    card.append(what, tags, sentenceWithTrigger(e), where);
    if (e.quote) card.append(el('p', { class: 'quote' }, '\u201c' + e.quote + '\u201d'));
    return card;
  }

  function statementCard(s) {
    const card = el('div', { class: 'event' });
    card.append(
      el('div', { class: 'what' }, `${label(s.speaker)} \u2014${s.relation}\u2192`),
      el('div', { class: 'meta' },
        el('span', { class: 'tag' }, s.direct === true ? 'quotation' : s.direct === 'mixed' ? 'indirect speech, partly quoted' : 'indirect speech'),
        el('span', { class: 'tag' }, 'CAMEO ' + s.cameo),
        s.about && s.about.length ? 'about ' + s.about.map(label).join(', ') : null),
      el('p', { class: 'quote' }, '\u201c' + s.content + '\u201d'),
      el('div', { class: 'meta' }, `${s.doc}, sentence ${s.sentence + 1}` + (s.date ? `, ${s.date}` : '')));
    return card;
  }

  function focus(nearNodes, nearPairs) {
    svgRoot.classList.add('focused');
    for (const n of nearNodes) n.element.classList.add('near');
    for (const p of nearPairs) p.element.classList.add('near');
  }

  function selectPair(pair) {
    clearSelection();
    selection = { pair };
    pair.element.classList.add('selected');
    focus([pair.source, pair.target], [pair]);
    const reverse = pairs.get(pairKey(pair.target.id, pair.source.id));
    fill(details,
      el('h2', {}, `${pair.source.actor.label} \u2192 ${pair.target.actor.label}`),
      el('p', { class: 'sub' }, plural(pair.events.length, 'event', 'events') + ' shown'),
      ...pair.events.map(eventCard),
      reverse && reverse !== pair ? el('ul', { class: 'pairs' }, pairLink(reverse, 'The other way: ')) : null);
  }

  function pairLink(pair, prefix) {
    const button = el('button', { type: 'button', class: 'linklike' },
      `${pair.source.actor.label} \u2192 ${pair.target.actor.label}`);
    button.addEventListener('click', () => selectPair(pair));
    const relations = [...new Set(pair.events.map((e) => e.relation))].join(', ');
    return el('li', {}, prefix || '', button, ` ${relations} (${pair.events.length})`);
  }

  function selectNode(node) {
    clearSelection();
    selection = { node };
    node.element.classList.add('selected');
    focus([node, ...node.edges.flatMap((p) => [p.source, p.target])], node.edges);
    const a = node.actor;
    const kind = kindOf(a);
    const fields = el('dl', {});
    const field = (name, value) => {
      if (value === undefined || value === null || value === '') return;
      fields.append(el('dt', {}, name), el('dd', {}, value));
    };
    field('Kind', kind.label);
    field('Id', a.id);
    field('Role', a.role);
    field('Country', a.country ? label(a.country) + (nodeById.has(a.country) ? '' : ` (${a.country})`) : null);
    field('Organisation', a.organization ? label(a.organization) : null);
    field('Sector', a.sector);
    field('Events', node.degree.toLocaleString('en'));
    if (a.members && a.members.length) field('Folded in', a.members.map((m) => m.label).join(', '));

    const out = node.edges.filter((p) => p.source === node);
    const incoming = node.edges.filter((p) => p.target === node && p.source !== node);
    const speakers = new Set([node.id, ...(a.members || []).map((m) => m.id)]);
    const said = statements.filter((s) => speakers.has(s.speaker));
    fill(details,
      el('h2', {}, a.label),
      fields,
      out.length ? el('h3', {}, 'Acts on') : null,
      out.length ? el('ul', { class: 'pairs' }, ...out.map((p) => pairLink(p))) : null,
      incoming.length ? el('h3', {}, 'Acted on by') : null,
      incoming.length ? el('ul', { class: 'pairs' }, ...incoming.map((p) => pairLink(p))) : null,
      out.length + incoming.length === 0 ? el('p', { class: 'hint' }, 'No event passes the filters.') : null,
      said.length ? el('h3', {}, `Statements (${said.length})`) : null,
      ...said.map(statementCard));
  }

  // -------------------------------------------------------------- search

  function buildSearch() {
    const input = document.getElementById('search');
    const result = document.getElementById('search-result');
    const names = document.getElementById('actor-names');
    for (const n of nodes) names.append(el('option', { value: n.actor.label }));
    const index = nodes.map((n) => ({ node: n, label: fold(n.actor.label), id: fold(n.id) }));

    function find(query) {
      const q = fold(query).trim();
      if (!q) return [];
      const score = (entry) => {
        if (entry.label === q || entry.id === q) return 0;
        if (entry.label.startsWith(q)) return 1;
        if (entry.label.split(/[\s\-.]+/).some((w) => w.startsWith(q))) return 2;
        if (entry.label.includes(q) || entry.id.includes(q)) return 3;
        return -1;
      };
      return index
        .map((entry) => ({ entry, s: score(entry) }))
        .filter((m) => m.s >= 0)
        .sort((a, b) => a.s - b.s || b.entry.node.degree - a.entry.node.degree)
        .map((m) => m.entry.node);
    }

    function go() {
      const matches = find(input.value);
      for (const x of svgRoot.querySelectorAll('.found')) x.classList.remove('found');
      if (!input.value.trim()) {
        result.textContent = '';
        return;
      }
      if (matches.length === 0) {
        result.textContent = 'No actor matches.';
        return;
      }
      const best = matches[0];
      selectNode(best);
      best.element.classList.add('found');
      centerOn(best);
      result.textContent = matches.length === 1
        ? `Found ${best.actor.label}.`
        : `Found ${best.actor.label} (and ${plural(matches.length - 1, 'other match', 'other matches')}).`;
    }

    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        go();
      }
    });
    // Picking a name from the suggestions fills the box in one step.
    input.addEventListener('input', () => {
      if (nodes.some((n) => n.actor.label === input.value)) go();
    });
  }

  // -------------------------------------------------------------- header

  function buildSummary() {
    const total = page.total || {};
    document.getElementById('summary').textContent = [
      plural(nodes.length, 'actor', 'actors'),
      plural(events.length, 'event', 'events'),
      plural(statements.length, 'statement', 'statements'),
      plural(page.documents || 0, 'document', 'documents'),
    ].join(' \u00b7 ');
    if (total.nodes > nodes.length) {
      const notice = document.getElementById('notice');
      notice.hidden = false;
      notice.textContent = `Showing the ${nodes.length.toLocaleString('en')} most connected of ` +
        `${plural(total.nodes, 'actor', 'actors')} (${events.length.toLocaleString('en')} of ` +
        `${plural(total.events, 'event', 'events')}); use geokg's filters to see the rest.`;
    }
  }

  // ---------------------------------------------------------------- start

  layout();
  drawNodes();
  buildFilters();
  buildLegend();
  buildSummary();
  buildSearch();
  refilter();
  fitView();
  window.addEventListener('resize', fitView);
}());
