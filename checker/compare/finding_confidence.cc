#include "checker/compare/finding_confidence.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "checker/claims/aspect.h"
#include "checker/compare/interval.h"

namespace figcheck {
namespace {

double ToDouble(const Decimal& d) { return std::stod(d.ToString()); }

bool Listed(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// What every claim of the finding shares: its subject, metric, date, aspects and unit.
std::string IdentityOf(const Finding& f) {
  if (f.claims.empty()) return "";
  std::string out = f.entity.empty() ? f.claims.front().entity : f.entity;
  auto add = [&](const std::string& part) {
    if (!part.empty()) out += (out.empty() ? "" : " · ") + part;
  };
  add(f.metric.empty() ? f.claims.front().metric : f.metric);
  std::set<std::string> dates;
  for (const Claim& c : f.claims) dates.insert(c.as_of ? c.as_of->ToIso() : "");
  if (dates.size() == 1) add(*dates.begin());
  std::map<std::string, size_t> aspects;  // text -> claims naming it
  for (const Claim& c : f.claims) {
    std::set<std::string> own;
    for (const Aspect& a : c.aspects) own.insert(a.Text());
    for (const auto& t : own) ++aspects[t];
  }
  for (const auto& [text, n] : aspects) {
    if (n == f.claims.size()) add(text);
  }
  std::set<std::string> units;
  for (const Claim& c : f.claims) units.insert(c.unit);
  if (units.size() == 1) add(*units.begin());
  return out;
}

// The evidence against one fact, feature by feature, with the words a report
// gives it. Each returns true when the evidence holds.
class Evidence {
 public:
  Evidence(const Finding& f, const MetricTable& metrics, const CheckSettings& settings)
      : f_(f), metrics_(metrics), settings_(settings) {}

  // All claims stand in one article: a writer seldom contradicts a figure a
  // few lines on; two unlike figures in one text are more often two facts
  // (a segment and the total, a guidance and the result) not told apart.
  bool OneDocument() const {
    for (const Claim& c : f_.claims) {
      if (c.doc != f_.claims.front().doc) return false;
    }
    return f_.claims.size() >= 2;
  }

  // One article's figures of a metric summed over a period (revenue, growth,
  // deliveries): an article that reports a period lists several of them (the
  // total and its segments, this year and the last), so two unlike ones there
  // are even less often one fact misstated than for a stock (a headcount).
  bool OneDocumentPeriodic() const {
    if (!OneDocument()) return false;
    return std::all_of(f_.claims.begin(), f_.claims.end(), [&](const Claim& c) {
      const MetricRule* m = metrics_.Find(c.metric);
      return m != nullptr && m->per_period;
    });
  }

  // The most different figures (apart by more than `kSameFigure`) that
  // claims of one date give: a misstated copy of a fact adds one more
  // figure; four or more for one date mean several facts share the key
  // (segments, tranches, last year's figure read as this year's).
  size_t MostFiguresForOneDate() const {
    static const Decimal kSameFigure = *Decimal::Parse("0.02");
    std::map<std::string, std::vector<Decimal>> by_date;
    for (const Claim& c : f_.claims) {
      const std::optional<Decimal>& v = c.value.number();
      if (!v || c.unit != f_.claims.front().unit) continue;
      by_date[c.as_of ? c.as_of->ToIso() : ""].push_back(v->IsNegative() ? -*v : *v);
    }
    size_t most = 0;
    for (auto& [date, values] : by_date) {
      std::sort(values.begin(), values.end());
      size_t figures = 0;
      for (size_t i = 0; i < values.size(); ++i) {
        figures += i == 0 || values[i - 1] * (Decimal(1) + kSameFigure) < values[i];
      }
      most = std::max(most, figures);
    }
    return most;
  }

  // A level that moves (metrics.yaml `moves`: users, a valuation) read
  // without a stated date on some side, the readings not told apart by
  // their dates: they may be of different days (an article retelling a
  // product's growth, one undated reading against another article's).
  bool MovingUndated() const {
    const bool all_move = std::all_of(f_.claims.begin(), f_.claims.end(), [&](const Claim& c) {
      const MetricRule* m = metrics_.Find(c.metric);
      return m != nullptr && m->moves;
    });
    if (!all_move) return false;
    const bool undated = std::any_of(f_.claims.begin(), f_.claims.end(), [](const Claim& c) { return !c.as_of_stated; });
    const bool one_date = std::all_of(f_.claims.begin(), f_.claims.end(), [&](const Claim& c) {
      return !c.as_of || !f_.claims.front().as_of || *c.as_of == *f_.claims.front().as_of;
    });
    return undated && one_date;
  }

  // The figures are `far_ratio` times apart or more: a misstated copy of one
  // fact is rarely off by an order of magnitude; a different fact often is.
  bool FarApart() const { return ApartBy(settings_.confidence.far_ratio); }

  // The largest figure is at least `ratio` times the smallest (of the unit set against each other).
  bool ApartBy(const Decimal& ratio) const {
    std::optional<Decimal> lo, hi;
    for (const Claim& c : f_.claims) {
      const std::optional<Decimal>& v = c.value.number();
      // Only the figures set against each other: a stated rise cited in the finding is a percentage.
      if (!v || v->IsZero() || c.unit != f_.claims.front().unit) continue;
      const Decimal a = v->IsNegative() ? -*v : *v;
      if (!lo || a < *lo) lo = a;
      if (!hi || *hi < a) hi = a;
    }
    if (!lo || !hi) return false;
    return !(*hi < *lo * ratio);
  }

  // Dates of one event a day apart, in different articles: "Wednesday after
  // the close" in New York is Thursday morning in Taipei.
  bool AdjacentDays() const {
    std::vector<DayInterval> days;
    std::set<std::string> docs;
    for (const Claim& c : f_.claims) {
      // Days, each: December against January-March is a month apart, not a time zone.
      const std::optional<CivilDate>& day = c.value.date();
      if (c.dimension != Dimension::kDate || c.high || !day || day->precision != CivilDate::Precision::kDay) return false;
      auto d = DateInterval(c, settings_);
      if (!d) return false;
      days.push_back(*d);
      docs.insert(c.doc);
    }
    if (docs.size() < 2 || days.size() < 2) return false;
    for (const auto& x : days) {
      for (const auto& y : days) {
        if (std::max(y.lo - x.hi, x.lo - y.hi) > 1) return false;
      }
    }
    return true;
  }

  // A figure dated only by its article's publication date: which period it
  // is of is unstated, so "the same time" across articles is a guess (within
  // one article, its date is the one time both figures speak of).
  bool PeriodUnstated() const {
    if (f_.claims.front().dimension == Dimension::kDate || OneDocument()) return false;
    return std::any_of(f_.claims.begin(), f_.claims.end(), [](const Claim& c) { return !c.as_of_stated; });
  }

  // Some claims name a member of a gap family (a measure: GAAP, adjusted) and
  // others name none: the evidence that they are one fact is missing.
  std::string IdentityGap() const {
    for (const std::string& family : settings_.confidence.gap_families) {
      size_t naming = 0;
      for (const Claim& c : f_.claims) {
        naming += std::any_of(c.aspects.begin(), c.aspects.end(),
                              [&](const Aspect& a) { return FamilyOf(a, metrics_) == family; });
      }
      if (naming > 0 && naming < f_.claims.size()) return family;
    }
    return "";
  }

  // Every claim carries one of `flags` (forecast_aspects: an expectation;
  // market_estimate_aspects: the market's consensus).
  bool AllFlagged(const std::vector<std::string>& flags) const {
    return std::all_of(f_.claims.begin(), f_.claims.end(), [&](const Claim& c) {
      return std::any_of(c.aspects.begin(), c.aspects.end(),
                         [&](const Aspect& a) { return a.kind == Aspect::Kind::kWord && Listed(flags, a.name); });
    });
  }

  // Counts of a few things (3 sites vs 2, four models vs five) more often
  // count two different sets than misstate one.
  bool SmallCounts() const {
    return std::all_of(f_.claims.begin(), f_.claims.end(), [&](const Claim& c) {
      const std::optional<Decimal>& v = c.value.number();
      return c.dimension == Dimension::kCount && v && *v < settings_.confidence.small_count;
    });
  }

  double LeastAttribution() const {
    double least = 1;
    for (const Claim& c : f_.claims) least = std::min(least, c.confidence);
    return least;
  }

 private:
  const Finding& f_;
  const MetricTable& metrics_;
  const CheckSettings& settings_;
};

std::string Fixed(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

void Score(const MetricTable& metrics, const CheckSettings& settings, Finding* f) {
  const ConfidenceModel& model = settings.confidence;
  if (f->claims.empty()) return;
  Evidence evidence(*f, metrics, settings);
  double logit = ToDouble(model.bias);
  auto weigh = [&](const char* feature, bool holds, const std::string& doubt) {
    const double w = ToDouble(model.Weight(feature));
    if (!holds) return;
    f->evidence.push_back(feature);
    if (w == 0) return;
    logit += w;
    if (w < 0) f->doubts.push_back(doubt);
  };
  const double attribution = evidence.LeastAttribution();
  if (const double w = ToDouble(model.Weight("attribution")); w != 0 && attribution < 1) {
    logit += w * (attribution - 1);
    if (attribution < 0.5) f->doubts.push_back("a figure's subject is uncertain (attribution " + Fixed(attribution) + ")");
  }
  if (Listed(model.pair_kinds, f->kind)) {
    f->identity = IdentityOf(*f);
    weigh("one_document", evidence.OneDocument(), "all its figures stand in one article");
    weigh("one_document_periodic", evidence.OneDocumentPeriodic(),
          "figures of a period in one article are often its segments or another period's");
    weigh("far_apart", f->claims.front().dimension != Dimension::kDate && evidence.FarApart(),
          "the figures are an order of magnitude apart");
    weigh("adjacent_days", evidence.AdjacentDays(), "the dates are a day apart in different articles (time zones)");
    weigh("period_unstated", evidence.PeriodUnstated(), "a figure states no period (only its article's date)");
    weigh("moving_undated", evidence.MovingUndated(),
          "a level that moves over time, read without a date: the readings may be of different days");
    weigh("small_count", evidence.SmallCounts(), "counts of a few things often count different sets");
    weigh("forecast", evidence.AllFlagged(settings.confidence.forecast_aspects),
          "every figure is an expectation (estimates differ by source)");
    weigh("market_estimate",
          evidence.AllFlagged(settings.confidence.market_estimate_aspects) &&
              !evidence.ApartBy(Decimal(1) + settings.confidence.estimate_spread),
          "every figure is the market's estimate, close together (each data provider has its own)");
    const std::string gap = evidence.IdentityGap();
    weigh("identity_gap", !gap.empty(), "only some figures state their " + gap);
  }
  f->confidence = 1 / (1 + std::exp(-logit));
  if (f->severity != Severity::kInfo && f->confidence < ToDouble(model.threshold)) f->severity = Severity::kInfo;
}

}  // namespace

std::string SharedIdentity(const Finding& f) { return f.identity.empty() ? "" : IdentityOf(f); }

void WeighScatter(const MetricTable& metrics, const CheckSettings& settings, std::vector<Finding>* findings) {
  const ConfidenceModel& model = settings.confidence;
  const double w = ToDouble(model.Weight("scattered"));
  for (Finding& f : *findings) {
    if (w == 0 || f.claims.empty() || !Listed(model.pair_kinds, f.kind)) continue;
    const size_t n = Evidence(f, metrics, settings).MostFiguresForOneDate();
    if (Decimal(static_cast<int64_t>(n)) < model.scattered_values) continue;
    const double c = std::clamp(f.confidence, 1e-9, 1 - 1e-9);
    f.confidence = 1 / (1 + std::exp(-(std::log(c / (1 - c)) + w)));
    f.evidence.push_back("scattered");
    if (w < 0) f.doubts.push_back(std::to_string(n) + " different figures for one date: more facts than one share its key");
    if (f.severity != Severity::kInfo && f.confidence < ToDouble(model.threshold)) f.severity = Severity::kInfo;
  }
}

void ScoreFindings(const MetricTable& metrics, const CheckSettings& settings, std::vector<Finding>* findings) {
  for (Finding& f : *findings) Score(metrics, settings, &f);
}

}  // namespace figcheck
