import NewsFigures
import NewsPipeline

/// An inline SVG line chart of one series: value over published date, with axes, ticks, labels,
/// a title and a description for screen readers.
struct SeriesChart {
    var series: FigureSeries
    /// Document id → the label a reader knows it by (its title or source).
    var labels: [String: String]
    var id: String

    static let width = 640.0, height = 300.0
    static let left = 78.0, right = 24.0, top = 24.0, bottom = 62.0

    /// The distinct days of the series; a chart needs two.
    var days: [CalendarDate] {
        Array(Set(series.points.compactMap { CalendarDate(iso: $0.published) })).sorted()
    }

    var yTitle: String {
        let unit = series.unit.map { $0 == "percent" ? "%" : $0 == "percentage point" ? "points" : $0 } ?? ""
        return unit.isEmpty ? series.subject : "\(series.subject) (\(unit))"
    }

    func svg() -> String {
        let points = series.points.compactMap { p in CalendarDate(iso: p.published).map { (p, $0.dayNumber, p.value.doubleValue) } }
        guard let firstDay = points.map(\.1).min(), let lastDay = points.map(\.1).max(),
            let low = points.map(\.2).min(), let high = points.map(\.2).max()
        else { return "" }
        let (yMin, yMax, step) = Self.niceScale(low: min(0, low), high: high)
        let plotW = Self.width - Self.left - Self.right, plotH = Self.height - Self.top - Self.bottom
        // A margin of 6 % of the span on each side keeps the end points off the axes.
        let span = Double(max(1, lastDay - firstDay)), pad = span * 0.06
        func x(_ day: Int) -> Double { Self.left + (Double(day - firstDay) + pad) / (span + 2 * pad) * plotW }
        func y(_ v: Double) -> Double { Self.top + plotH - (v - yMin) / (yMax - yMin) * plotH }
        func f(_ v: Double) -> String { HTMLText.trimmed(v) }

        let title = "\(series.subject): \(series.kind.rawValue) by published date"
        let description = points.map { p, _, _ in "\(p.published): \(p.text) (\(labels[p.document] ?? p.document))" }.joined(
            separator: "; ")
        var s = "<svg class=\"chart\" id=\"\(id)\" viewBox=\"0 0 \(f(Self.width)) \(f(Self.height))\" role=\"img\""
        s += " aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
        s += "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title><desc id=\"\(id)-desc\">\(HTMLText.escape(description))</desc>"
        // Horizontal grid lines and value ticks.
        var tick = yMin
        while tick <= yMax + step / 2 {
            let ty = y(tick)
            s += "<line class=\"grid\" x1=\"\(f(Self.left))\" y1=\"\(f(ty))\" x2=\"\(f(Self.width - Self.right))\" y2=\"\(f(ty))\"/>"
            s += "<text class=\"tick\" x=\"\(f(Self.left - 8))\" y=\"\(f(ty + 4))\" text-anchor=\"end\">\(HTMLText.compact(tick))</text>"
            tick += step
        }
        // Axes.
        let baseY = Self.top + plotH
        s += "<line class=\"axis\" x1=\"\(f(Self.left))\" y1=\"\(f(Self.top))\" x2=\"\(f(Self.left))\" y2=\"\(f(baseY))\"/>"
        s += "<line class=\"axis\" x1=\"\(f(Self.left))\" y1=\"\(f(baseY))\" x2=\"\(f(Self.width - Self.right))\" y2=\"\(f(baseY))\"/>"
        // Date ticks: every day of the series when few, else evenly chosen ones.
        let allDays = days
        let shown = allDays.count <= 6 ? allDays : (0..<6).map { allDays[$0 * (allDays.count - 1) / 5] }
        for day in shown {
            let tx = x(day.dayNumber)
            s += "<line class=\"axis\" x1=\"\(f(tx))\" y1=\"\(f(baseY))\" x2=\"\(f(tx))\" y2=\"\(f(baseY + 5))\"/>"
            s += "<text class=\"tick\" x=\"\(f(tx))\" y=\"\(f(baseY + 20))\" text-anchor=\"middle\">\(day.description)</text>"
        }
        s +=
            "<text class=\"axis-title\" x=\"\(f(Self.left + plotW / 2))\" y=\"\(f(Self.height - 12))\" text-anchor=\"middle\">published date</text>"
        s += "<text class=\"axis-title\" transform=\"translate(16 \(f(Self.top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">"
        s += HTMLText.escape(yTitle) + "</text>"
        // The line through the points in date order, then the points with their values.
        let path = points.sorted { ($0.1, $0.2) < ($1.1, $1.2) }.map { "\(f(x($0.1))),\(f(y($0.2)))" }.joined(separator: " ")
        s += "<polyline class=\"line k-\(series.kind.rawValue)\" points=\"\(path)\"/>"
        var labelled = Set<String>()
        for (p, day, v) in points {
            let px = x(day), py = y(v)
            s += "<circle class=\"point k-\(series.kind.rawValue)\" cx=\"\(f(px))\" cy=\"\(f(py))\" r=\"5\">"
            s += "<title>\(HTMLText.escape("\(p.published): \(p.text) — \(labels[p.document] ?? p.document)"))</title></circle>"
            // One label per position: the same value on the same day (one article saved twice) once.
            if labelled.insert("\(day)|\(v)").inserted {
                s += "<text class=\"value\" x=\"\(f(px + 8))\" y=\"\(f(py - 8))\">\(HTMLText.escape(HTMLText.grouped(p.value)))</text>"
            }
        }
        return s + "</svg>"
    }

    /// Axis bounds and a tick step of 1, 2 or 5 × 10^n giving about five ticks.
    static func niceScale(low: Double, high: Double) -> (Double, Double, Double) {
        var range = high - low
        if range <= 0 { range = abs(high) > 0 ? abs(high) : 1 }
        let rough = range / 5
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? magnitude * 10
        let lower = (low / step).rounded(.down) * step
        var upper = (high / step).rounded(.up) * step
        if upper <= lower { upper = lower + step }
        return (lower, upper, step)
    }
}
