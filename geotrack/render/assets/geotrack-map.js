/* geotrack map behaviour (authored for geotrack, MIT).
 *
 * Reads the compact tables written by geotrack/render/html.py and:
 * - creates one marker per event, added in bulk to one shared cluster group;
 * - builds a popup only when a marker is clicked;
 * - filters events, incidents, heat map and province counts by the time slider and the
 *   minimum-confidence slider (one pass, both at once);
 * - draws incidents, known sites, province counts and country labels;
 * - offers place search over the names on the map (leaflet-search, local data only).
 *
 * Every string that came from an article was HTML-escaped in Python (escape_text);
 * this file only joins those strings with fixed markup and never decodes them.
 */
(function () {
  "use strict";

  // Column positions in data.events rows (keep in step with html.py _build_tables).
  var LAT = 0, LON = 1, TYPE = 2, START = 3, END = 4, DATE = 5, DPREC = 6, DTEXT = 7,
      PLACE = 8, GEOP = 9, MENTION = 10, ARTICLE = 11, SIZE = 12, PEOPLE = 13, NAT = 14,
      SEIZED = 15, SENTENCE = 16, CONF = 17, ID = 18, PROV = 19;
  // data.incidents rows
  var I_LAT = 0, I_LON = 1, I_TYPE = 2, I_START = 3, I_END = 4, I_DATE = 5, I_PLACE = 6,
      I_GEOP = 7, I_NSRC = 8, I_SOURCES = 9, I_MEMBERS = 10, I_ID = 11;
  var MS_PER_DAY = 86400000;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  var GeotrackMap = {};
  window.GeotrackMap = GeotrackMap;

  function dayText(day) {
    var d = new Date(day * MS_PER_DAY);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }

  function row(label, value) {
    return value ? "<tr><th>" + label + "</th><td>" + value + "</td></tr>" : "";
  }

  function typeOf(state, key) {
    for (var i = 0; i < state.data.types.length; i++) {
      if (state.data.types[i].key === key) { return state.data.types[i]; }
    }
    return {key: key, label: key, color: "#555555"};
  }

  function placeHtml(state, placeIndex, precision, mention) {
    var place = state.data.places[placeIndex];
    var text = "<strong>" + place[0] + "</strong> <span class=\"gt-muted\">(" + place[1] +
      (place[3] ? ", " + place[3] : "") + ")</span>";
    if (place[2]) { text += "<br><span class=\"gt-muted\">" + place[2] + "</span>"; }
    if (precision) {
      text += "<br><span class=\"gt-muted\">location precision " + precision + ": " +
        (state.data.precision[String(precision)] || "") + "</span>";
    }
    if (mention && mention !== place[0]) {
      text += "<br><span class=\"gt-muted\">written as “" + mention + "”</span>";
    }
    return text;
  }

  function sourceHtml(article) {
    var title = article[0], outlet = article[1], url = article[2], published = article[3];
    var link = url ? "<a href=\"" + url + "\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">" +
      title + "</a>" : title;
    return (outlet ? "<span class=\"gt-outlet\">" + outlet + "</span> · " : "") + link +
      (published ? " <span class=\"gt-muted\">(published " + published + ")</span>" : "");
  }

  /** Popup HTML for one event (built on click). */
  GeotrackMap.eventPopup = function (state, index) {
    var ev = state.data.events[index];
    var type = state.data.types[ev[TYPE]];
    var date = ev[DATE] + " <span class=\"gt-muted\">(precision: " + ev[DPREC] + ")</span>";
    if (ev[DTEXT]) { date += "<br><span class=\"gt-muted\">written as “" + ev[DTEXT] + "”</span>"; }
    return "<div class=\"gt-popup\">" +
      "<div class=\"gt-popup-type\" style=\"border-color:" + type.color + "\">" + type.label + "</div>" +
      "<table>" +
      row("Date", date) +
      row("Place", placeHtml(state, ev[PLACE], ev[GEOP], ev[MENTION])) +
      row("People", ev[PEOPLE]) +
      row("Nationalities", ev[NAT]) +
      row("Seized", ev[SEIZED]) +
      "</table>" +
      "<blockquote class=\"gt-quote\">" + ev[SENTENCE] + "</blockquote>" +
      "<div class=\"gt-source\">" + sourceHtml(state.data.articles[ev[ARTICLE]]) + "</div>" +
      "<div class=\"gt-muted gt-meta\">confidence " + ev[CONF] + " · " + ev[ID] + "</div>" +
      "</div>";
  };

  /** Popup HTML for one incident: every source with its own counts. */
  GeotrackMap.incidentPopup = function (state, index) {
    var inc = state.data.incidents[index];
    var type = typeOf(state, inc[I_TYPE]);
    var sources = inc[I_SOURCES].map(function (src) {
      var counts = [src[3], src[4], src[5]].filter(function (x) { return x; }).join("; ");
      var url = src[2];
      var title = url ? "<a href=\"" + url + "\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">" +
        src[1] + "</a>" : src[1];
      return "<li>" + (src[0] ? "<span class=\"gt-outlet\">" + src[0] + "</span> · " : "") + title +
        (counts ? "<br><span class=\"gt-muted\">" + counts + "</span>" : "") + "</li>";
    }).join("");
    return "<div class=\"gt-popup\">" +
      "<div class=\"gt-popup-type\" style=\"border-color:" + type.color + "\">Incident: " + type.label +
      " · reported by " + inc[I_NSRC] + " outlet" + (inc[I_NSRC] === 1 ? "" : "s") + "</div>" +
      "<table>" + row("Date", inc[I_DATE]) +
      row("Place", placeHtml(state, inc[I_PLACE], inc[I_GEOP], "")) + "</table>" +
      "<div class=\"gt-sources-title\">Sources</div><ol class=\"gt-sources\">" + sources + "</ol>" +
      "<div class=\"gt-muted gt-meta\">" + inc[I_ID] + "</div></div>";
  };

  function tooltipHtml(state, ev) {
    var type = state.data.types[ev[TYPE]];
    return "<strong>" + type.label + "</strong> · " + state.data.places[ev[PLACE]][0] + "<br>" + ev[DATE];
  }

  /** Cluster bubble: a ring split by event type (shares of its events), count inside. */
  GeotrackMap.clusterIcon = function (cluster) {
    var markers = cluster.getAllChildMarkers();
    var group = cluster._group;
    var state = group && group._map && group._map._geotrack;
    var colors = state ? state.typeColors : [];
    var counts = [];
    var i;
    for (i = 0; i < colors.length; i++) { counts.push(0); }
    for (i = 0; i < markers.length; i++) {
      if (markers[i]._gtType !== undefined) { counts[markers[i]._gtType] += 1; }
    }
    var n = markers.length, acc = 0, stops = [];
    for (i = 0; i < colors.length; i++) {
      if (!counts[i]) { continue; }
      var from = (100 * acc / n).toFixed(2);
      acc += counts[i];
      stops.push(colors[i] + " " + from + "% " + (100 * acc / n).toFixed(2) + "%");
    }
    var size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 50;
    return L.divIcon({
      html: "<div style=\"background:conic-gradient(" + stops.join(",") + ")\"><span>" + n + "</span></div>",
      className: "gt-cluster",
      iconSize: L.point(size, size)
    });
  };

  /** One event type's markers as a layer of its own inside the shared cluster group. */
  var TypeLayer = L.Layer.extend({
    initialize: function (cluster) {
      this._cluster = cluster;
      this._markers = [];
    },
    // Showing or hiding a type rebuilds the cluster group from every visible type, through
    // the same code path as the time filter.
    onAdd: function (map) {
      if (map._geotrack) { GeotrackMap.applyFilter(map); }
    },
    onRemove: function (map) {
      // Leaflet still lists the layer while onRemove runs: say it is going
      this._leaving = true;
      if (map._geotrack) { GeotrackMap.applyFilter(map); }
      this._leaving = false;
    }
  });

  GeotrackMap.typeLayer = function (cluster) { return new TypeLayer(cluster); };

  function eventIcon(state, ev) {
    var approx = ev[GEOP] >= 3;
    var key = ev[TYPE] + ":" + String(ev[SIZE]);
    var cacheKey = key + (approx ? ":a" : "");
    if (!state.icons[cacheKey]) {
      var px = Math.round(14 * ev[SIZE]);
      state.icons[cacheKey] = L.divIcon({
        html: state.data.icons[key],
        className: "gt-marker gt-t-" + state.data.types[ev[TYPE]].key + (approx ? " gt-approx" : ""),
        iconSize: [px, px],
        iconAnchor: [px / 2, px / 2],
        popupAnchor: [0, -px / 2],
        tooltipAnchor: [px / 2, 0]
      });
    }
    return state.icons[cacheKey];
  }

  function inWindow(state, start, end) {
    if (start === null || start === undefined) { return state.undated; }
    return end >= state.from && start <= state.to;
  }

  /** An event passes both filters: inside the time window and at or above the minimum confidence. */
  function eventShown(state, ev) {
    return ev[CONF] >= state.minConf && inWindow(state, ev[START], ev[END]);
  }

  /** An incident's confidence: the highest among its events on the map (null when none is). */
  function incidentConfidence(data, inc) {
    var best = null;
    (inc[I_MEMBERS] || []).forEach(function (index) {
      var ev = data.events[index];
      if (ev && (best === null || ev[CONF] > best)) { best = ev[CONF]; }
    });
    return best;
  }

  function openPopup(state, latlng, html) {
    L.popup({maxWidth: 380, minWidth: 260, className: "gt-popup-wrap", autoPanPadding: [40, 40]})
      .setLatLng(latlng).setContent(html).openOn(state.map);
  }

  function markReady(state) {
    if (state.map._animatingZoom) {
      state.map.once("zoomend", function () { markReady(state); });
      return;
    }
    state.ready = true;
    state.map.getContainer().setAttribute("data-geotrack-ready", "1");
    window.geotrackReady = true;
    state.map.fire("geotrack:ready");
  }

  /** Fill the (empty) folium layers from the data tables; return the map's state. */
  GeotrackMap.init = function (map, data, layers, cluster) {
    var state = {
      map: map, data: data, layers: layers, cluster: cluster, icons: {}, undated: true,
      from: -Infinity, to: Infinity, minConf: 0, markers: {}, ready: false
    };
    map._geotrack = state;
    map.getContainer().setAttribute("data-geotrack-ready", "0");

    if (!map.getPane("gtLabels")) {
      map.createPane("gtLabels").style.zIndex = 450;
      map.getPane("gtLabels").style.pointerEvents = "none";
    }
    (data.labels || []).forEach(function (label) {
      L.marker([label[0], label[1]], {
        pane: "gtLabels", interactive: false, keyboard: false,
        icon: L.divIcon({className: "gt-country-label", html: "<span>" + label[2] + "</span>", iconSize: null})
      }).addTo(map);
    });

    // One marker per event, kept per type so the time filter can re-add subsets.
    state.typeColors = data.types.map(function (type) { return type.color; });
    data.types.forEach(function (type) { state.markers[type.key] = []; });
    state.countryLevel = [];
    data.events.forEach(function (ev, index) {
      if (ev[GEOP] >= 4 && layers.countrylevel) {
        // only the country is known: no dot at the country's centre, a count beside it instead
        state.countryLevel.push(index);
        return;
      }
      var marker = L.marker([ev[LAT], ev[LON]], {icon: eventIcon(state, ev), keyboard: false});
      marker._gtIndex = index;
      marker._gtType = ev[TYPE];
      state.markers[data.types[ev[TYPE]].key].push(marker);
    });
    cluster.on("click", function (e) {
      if (e.layer && e.layer._gtIndex !== undefined) {
        e.layer.closeTooltip();
        openPopup(state, e.layer.getLatLng(), GeotrackMap.eventPopup(state, e.layer._gtIndex));
      }
    });
    cluster.on("mouseover", function (e) {
      var marker = e.layer;
      if (marker && marker._gtIndex !== undefined && !marker.getTooltip()) {
        marker.bindTooltip(tooltipHtml(state, data.events[marker._gtIndex]), {direction: "top", opacity: 0.95});
        marker.openTooltip();
      }
    });

    // Incidents: a ring in the type's colour with the number of outlets.
    state.incidentMarkers = (data.incidents || []).map(function (inc, index) {
      var type = typeOf(state, inc[I_TYPE]);
      var marker = L.marker([inc[I_LAT], inc[I_LON]], {
        keyboard: false,
        zIndexOffset: 500,
        icon: L.divIcon({
          className: "gt-incident" + (inc[I_GEOP] >= 3 ? " gt-approx" : ""),
          // a ring around the event markers it merges: only the ring and badge take clicks
          html: "<svg class=\"gt-ring\" viewBox=\"0 0 34 34\" width=\"34\" height=\"34\">" +
            "<circle cx=\"17\" cy=\"17\" r=\"14.5\" stroke=\"" + type.color + "\"" +
            (inc[I_GEOP] >= 3 ? " stroke-dasharray=\"5 3\"" : "") + "/></svg>" +
            "<span class=\"gt-badge\">" + inc[I_NSRC] + "</span>",
          iconSize: [34, 34], iconAnchor: [17, 17], popupAnchor: [0, -17]
        })
      });
      marker._gtIncident = index;
      marker._gtConf = incidentConfidence(data, inc);
      marker.on("click", function () {
        openPopup(state, marker.getLatLng(), GeotrackMap.incidentPopup(state, index));
      });
      return marker;
    });

    // Known sites: small grey crosses with their name.
    if (layers.sites) {
      (data.sites || []).forEach(function (site) {
        var place = data.places[site[2]];
        var marker = L.marker([site[0], site[1]], {
          keyboard: false,
          icon: L.divIcon({className: "gt-site", html: data.icon.site, iconSize: [14, 14], iconAnchor: [7, 7]})
        });
        marker.bindTooltip(place[0], {direction: "right", offset: [6, 0]});
        marker.on("click", function () {
          openPopup(state, marker.getLatLng(), "<div class=\"gt-popup\"><div class=\"gt-popup-type\">Known site</div><table>" +
            row("Place", placeHtml(state, site[2], 0, "")) +
            row("Events here", String(site[3])) + "</table></div>");
        });
        marker.addTo(layers.sites);
      });
    }

    GeotrackMap.applyFilter(map);
    return state;
  };

  function drawProvinces(state, visibleEvents) {
    var layer = state.layers.provinces;
    if (!layer) { return; }
    var data = state.data;
    var counts = {};
    visibleEvents.forEach(function (ev) {
      if (ev[PROV] !== null && ev[PROV] !== undefined) { counts[ev[PROV]] = (counts[ev[PROV]] || 0) + 1; }
    });
    var max = 0;
    Object.keys(counts).forEach(function (k) { max = Math.max(max, counts[k]); });
    if (data.boundaries) {
      var byKey = {};
      data.provinces.forEach(function (p, i) {
        var n = counts[i] || 0;
        byKey[p[3] + "|" + p[4]] = (byKey[p[3] + "|" + p[4]] || 0) + n;
        byKey["|" + p[4]] = (byKey["|" + p[4]] || 0) + n;
      });
      layer.eachLayer(function (feature) {
        var key = feature.feature.properties.gt_key;
        var n = byKey[key] || byKey["|" + key.split("|")[1]] || 0;
        var t = max ? n / max : 0;
        feature.setStyle({
          fill: n > 0, fillColor: "#5e4fa2", fillOpacity: n > 0 ? 0.12 + 0.5 * t : 0,
          color: "#7a7a7a", weight: 0.7, dashArray: null
        });
        feature.unbindTooltip();
        feature.bindTooltip(feature.feature.properties.name + ": " + n + " event" + (n === 1 ? "" : "s"), {sticky: true});
      });
      state.provinceMax = max;
      return;
    }
    layer.clearLayers();
    data.provinces.forEach(function (p, i) {
      var n = counts[i] || 0;
      if (!n) { return; }
      var radius = 14 + 30 * Math.sqrt(n / max);
      L.circleMarker([p[1], p[2]], {
        radius: radius, color: "#5e4fa2", weight: 1.5, opacity: 0.7,
        fillColor: "#5e4fa2", fillOpacity: 0.13, className: "gt-province",
        renderer: state.canvas || (state.canvas = L.canvas({padding: 0.5}))
      }).bindTooltip(p[0] + ": " + n + " event" + (n === 1 ? "" : "s"), {sticky: true}).addTo(layer);
    });
    state.provinceMax = max;
  }

  /** Events placed only at country level: one badge per country with a list popup. */
  function drawCountryLevel(state) {
    var layer = state.layers.countrylevel;
    if (!layer) { return; }
    var data = state.data;
    var byPlace = {};
    state.countryLevel.forEach(function (index) {
      var ev = data.events[index];
      var typeLayer = state.layers[data.types[ev[TYPE]].key];
      if (!eventShown(state, ev) || !state.map.hasLayer(typeLayer) || typeLayer._leaving) { return; }
      state.visible += 1;
      (byPlace[ev[PLACE]] = byPlace[ev[PLACE]] || []).push(index);
    });
    layer.clearLayers();
    Object.keys(byPlace).forEach(function (placeIndex) {
      var indexes = byPlace[placeIndex];
      var first = data.events[indexes[0]];
      var name = data.places[placeIndex][0];
      var n = indexes.length;
      // under the country's name label when there is one, else at the country's point
      var country = data.places[placeIndex][4];
      var label = (data.labels || []).filter(function (l) { return country && l[3] === country; })[0];
      var marker = L.marker(label ? [label[0], label[1]] : [first[LAT], first[LON]], {
        keyboard: false,
        zIndexOffset: 1000,
        icon: L.divIcon({
          className: "gt-country-level" + (label ? " gt-under-label" : ""),
          html: "<span>" + n + " report" + (n === 1 ? "" : "s") + " for all of " + name + "</span>",
          iconSize: null
        })
      });
      marker.on("click", function () {
        var shown = indexes.slice(0, 25).map(function (i) { return GeotrackMap.eventPopup(state, i); });
        var more = n > 25 ? "<p class=\"gt-muted\">and " + (n - 25) + " more</p>" : "";
        openPopup(state, marker.getLatLng(), "<div class=\"gt-popup-list\">" + shown.join("<hr>") + more + "</div>");
      });
      marker.addTo(layer);
    });
  }

  function showCount(state) {
    if (state.timeCount) {
      state.timeCount.textContent = state.visible.toLocaleString("en") + " of " +
        state.data.events.length.toLocaleString("en") + " events shown";
    }
  }

  /** Show only what falls inside the time window (and undated items when ticked) and is at
   * or above the minimum confidence; incidents by their best event (unfiltered when none). */
  GeotrackMap.applyFilter = function (map) {
    var state = map._geotrack;
    var data = state.data;
    var visibleEvents = [];
    var heatPoints = [];
    state.visible = 0;
    var shown = [];
    data.types.forEach(function (type) {
      var layer = state.layers[type.key];
      var keep = state.markers[type.key].filter(function (marker) {
        var ev = data.events[marker._gtIndex];
        if (!eventShown(state, ev)) { return false; }
        visibleEvents.push(ev);
        heatPoints.push([ev[LAT], ev[LON]]);
        return true;
      });
      state.visible += keep.length;
      layer._markers = keep;
      if (map.hasLayer(layer) && !layer._leaving) {
        for (var k = 0; k < keep.length; k++) { shown.push(keep[k]); }
      }
    });
    // One synchronous bulk add: markercluster 1.1's chunked loading breaks when the map
    // moves before the last chunk (its cluster bounds are not computed until then).
    var cluster = state.cluster;
    cluster.clearLayers();
    cluster.addLayers(shown);
    drawCountryLevel(state);
    if (state.layers.heat && state.layers.heat.setLatLngs) { state.layers.heat.setLatLngs(heatPoints); }
    if (state.layers.incidents) {
      state.layers.incidents.clearLayers();
      state.incidentMarkers.forEach(function (marker) {
        var inc = data.incidents[marker._gtIncident];
        var sure = marker._gtConf === null || marker._gtConf >= state.minConf;
        if (sure && inWindow(state, inc[I_START], inc[I_END])) { marker.addTo(state.layers.incidents); }
      });
    }
    drawProvinces(state, visibleEvents);
    showCount(state);
    markReady(state);
    return state.visible;
  };

  /** Wire the filter panel (two date range inputs and the undated checkbox when any event is
   * dated; the minimum-confidence range input always) to the filter. */
  GeotrackMap.bindTime = function (map, container) {
    var state = map._geotrack;
    var lo = container.querySelector(".gt-time-min");
    var hi = container.querySelector(".gt-time-max");
    var undated = container.querySelector(".gt-time-undated input");
    var fromLabel = container.querySelector(".gt-time-from");
    var toLabel = container.querySelector(".gt-time-to");
    var conf = container.querySelector(".gt-conf-min");
    var confLabel = container.querySelector(".gt-conf-value");
    state.timeCount = container.querySelector(".gt-time-count");
    var timer = null;
    function read() {
      if (conf) {
        // in hundredths, as the table stores confidences: 0.35 on the slider is 0.35 exactly
        state.minConf = Math.round(Number(conf.value) * 100) / 100;
        confLabel.textContent = state.minConf.toFixed(2);
      }
      if (!lo) { return; }
      var a = Number(lo.value), b = Number(hi.value);
      if (a > b) { var t = a; a = b; b = t; }
      fromLabel.textContent = dayText(a);
      toLabel.textContent = dayText(b);
      state.from = a;
      state.to = b;
      state.undated = undated.checked;
      var full = a <= Number(lo.min) && b >= Number(hi.max);
      if (full) { state.from = -Infinity; state.to = Infinity; }
    }
    function apply() {
      read();
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(function () { timer = null; GeotrackMap.applyFilter(map); }, 120);
    }
    [lo, hi, conf].forEach(function (input) {
      if (!input) { return; }
      input.addEventListener("input", apply);
      input.addEventListener("change", apply);
    });
    if (undated) { undated.addEventListener("change", apply); }
    read();  // the full range: what init already shows, so no second pass over the markers
    showCount(state);
  };

  /** Place search over every place name on the map (no network: local data only). */
  GeotrackMap.searchControl = function (map, state) {
    var records = [];
    var seen = {};
    function add(placeIndex, lat, lon) {
      var name = state.data.places[placeIndex][0];
      if (seen[name]) { return; }
      seen[name] = true;
      records.push({title: name, loc: [lat, lon]});
    }
    state.data.events.forEach(function (ev) { add(ev[PLACE], ev[LAT], ev[LON]); });
    (state.data.incidents || []).forEach(function (inc) { add(inc[I_PLACE], inc[I_LAT], inc[I_LON]); });
    (state.data.sites || []).forEach(function (site) { add(site[2], site[0], site[1]); });
    var control = new L.Control.Search({
      position: "topleft",
      sourceData: function (text, callResponse) {
        callResponse(records);
        return {abort: function () {}};
      },
      propertyName: "title",
      propertyLoc: "loc",
      textPlaceholder: "Find a place…",
      textErr: "No place of that name on this map",
      zoom: 11,
      initial: false,
      marker: {icon: false, animate: true, circle: {radius: 14, weight: 3, color: "#222222", stroke: true, fill: false}}
    });
    map.addControl(control);
    return control;
  };

  /** Numbers for tests and benchmarks: events, visible events, DOM markers and clusters. */
  GeotrackMap.stats = function (map) {
    var state = map._geotrack;
    var c = map.getContainer();
    return {
      events: state.data.events.length,
      visible: state.visible,
      ready: state.ready,
      markers: c.querySelectorAll(".leaflet-marker-pane .gt-marker").length,
      clusters: c.querySelectorAll(".leaflet-marker-pane .gt-cluster").length,
      incidents: c.querySelectorAll(".leaflet-marker-pane .gt-incident").length,
      sites: c.querySelectorAll(".leaflet-marker-pane .gt-site").length
    };
  };
}());
