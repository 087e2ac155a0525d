#include "gateway/metrics.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace convoguard::gateway {

std::string LabelValue(std::string_view v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

struct Metrics::Series {
  std::vector<std::string> values;  // label values, for lookups
  std::string labels;               // rendered: name="value",...
  uint64_t hash = 0;
  std::atomic<uint64_t> count{0};   // a counter's value, or a histogram's count
  std::atomic<uint64_t> sum_us{0};
  std::unique_ptr<std::atomic<uint64_t>[]> buckets;  // histograms: per bucket (cumulated when rendered)
};

struct Metrics::Family {
  std::string name, help, type;
  std::vector<const char*> label_names;
  bool histogram = false;
  std::array<std::atomic<Series*>, kMaxSeries> slots{};
  std::atomic<Series*> overflow{nullptr};
  ~Family() {
    for (auto& s : slots) delete s.load();
    delete overflow.load();
  }
};

namespace {

uint64_t HashValues(std::initializer_list<std::string_view> values) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a, a 0xff between values
  for (std::string_view v : values) {
    for (char c : v) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;
  }
  return h;
}

bool SameValues(const std::vector<std::string>& a, std::initializer_list<std::string_view> b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

}  // namespace

Metrics::Series& Metrics::Find(Family& f, std::initializer_list<std::string_view> values) {
  const uint64_t h = HashValues(values);
  auto make = [&](bool overflow) {
    auto s = std::make_unique<Series>();
    s->hash = h;
    if (overflow) {
      s->labels = "overflow=\"true\"";
    } else {
      size_t i = 0;
      for (std::string_view v : values) {
        s->values.emplace_back(v);
        if (!s->labels.empty()) s->labels += ',';
        s->labels += f.label_names[i++];
        s->labels += "=\"" + LabelValue(v) + "\"";
      }
    }
    if (f.histogram) {
      s->buckets = std::make_unique<std::atomic<uint64_t>[]>(bounds_.size());
      for (size_t b = 0; b < bounds_.size(); ++b) s->buckets[b].store(0);
    }
    return s;
  };
  std::unique_ptr<Series> mine;
  for (size_t probe = 0; probe < kMaxSeries; ++probe) {
    std::atomic<Series*>& slot = f.slots[(h + probe) % kMaxSeries];
    Series* s = slot.load(std::memory_order_acquire);
    if (s == nullptr) {
      if (!mine) mine = make(false);
      if (slot.compare_exchange_strong(s, mine.get(), std::memory_order_acq_rel, std::memory_order_acquire)) {
        return *mine.release();
      }
      // Another thread filled the slot first: s is its series.
    }
    if (s->hash == h && SameValues(s->values, values)) return *s;
  }
  Series* s = f.overflow.load(std::memory_order_acquire);
  if (s == nullptr) {
    auto o = make(true);
    if (f.overflow.compare_exchange_strong(s, o.get(), std::memory_order_acq_rel, std::memory_order_acquire)) {
      return *o.release();
    }
  }
  return *s;
}

Metrics::Metrics()
    // Seconds: from 100 µs (scanning alone) to a minute (long generations).
    : bounds_{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60} {
  auto family = [](const char* name, const char* help, bool histogram, std::vector<const char*> labels) {
    auto f = std::make_unique<Family>();
    f->name = name;
    f->help = help;
    f->type = histogram ? "histogram" : "counter";
    f->histogram = histogram;
    f->label_names = std::move(labels);
    return f;
  };
  requests_ = family("convoguard_requests_total", "Requests answered, by route and HTTP status.", false, {"route", "status"});
  duration_ = family("convoguard_request_duration_seconds", "Time from request header to last response byte.", true, {"route"});
  first_byte_ = family("convoguard_upstream_first_byte_seconds", "Time from sending to the upstream to its response header.",
                       true, {"upstream"});
  findings_ = family("convoguard_findings_total", "Findings acted on, by direction, detector, entity type and action.",
                     false, {"direction", "detector", "entity_type", "action"});
  blocks_ = family("convoguard_blocks_total", "Requests or responses stopped by policy.", false, {"direction", "detector"});
  upstream_errors_ = family("convoguard_upstream_errors_total", "Upstream failures, by upstream and kind.", false,
                            {"upstream", "kind"});
  auth_failures_ = family("convoguard_auth_failures_total", "Requests refused by authentication, by reason.", false, {"reason"});
  rate_limited_ = family("convoguard_rate_limited_total", "Requests refused by a rate limit, by limit.", false, {"limit"});
  store_dropped_ = family("convoguard_store_records_dropped_total",
                          "Conversation records the store did not take, by reason.", false, {"reason"});
}

Metrics::~Metrics() = default;

void Metrics::Observe(Series& s, double seconds) {
  for (size_t i = 0; i < bounds_.size(); ++i) {
    if (seconds <= bounds_[i]) {
      s.buckets[i].fetch_add(1, std::memory_order_relaxed);
      break;
    }
  }
  s.count.fetch_add(1, std::memory_order_relaxed);
  s.sum_us.fetch_add(static_cast<uint64_t>(seconds * 1e6), std::memory_order_relaxed);
}

void Metrics::CountRequest(std::string_view route, unsigned status, double seconds) {
  char num[16];
  const auto r = std::to_chars(num, num + sizeof num, status);
  Find(*requests_, {route, std::string_view(num, static_cast<size_t>(r.ptr - num))})
      .count.fetch_add(1, std::memory_order_relaxed);
  Observe(Find(*duration_, {route}), seconds);
}
void Metrics::ObserveFirstByte(std::string_view upstream, double seconds) {
  Observe(Find(*first_byte_, {upstream}), seconds);
}
void Metrics::CountFinding(std::string_view direction, std::string_view detector, std::string_view entity_type,
                           std::string_view action) {
  Find(*findings_, {direction, detector, entity_type, action}).count.fetch_add(1, std::memory_order_relaxed);
}
void Metrics::CountBlock(std::string_view direction, std::string_view detector) {
  Find(*blocks_, {direction, detector}).count.fetch_add(1, std::memory_order_relaxed);
}
void Metrics::CountUpstreamError(std::string_view upstream, std::string_view kind) {
  Find(*upstream_errors_, {upstream, kind}).count.fetch_add(1, std::memory_order_relaxed);
}
void Metrics::CountAuthFailure(std::string_view reason) {
  Find(*auth_failures_, {reason}).count.fetch_add(1, std::memory_order_relaxed);
}
void Metrics::CountRateLimited(std::string_view limit) {
  Find(*rate_limited_, {limit}).count.fetch_add(1, std::memory_order_relaxed);
}
void Metrics::CountStoreRecordDropped(std::string_view reason) {
  Find(*store_dropped_, {reason}).count.fetch_add(1, std::memory_order_relaxed);
}

std::string Metrics::Render() const {
  std::string out;
  char num[64];
  for (const Family* f : {requests_.get(), duration_.get(), first_byte_.get(), findings_.get(), blocks_.get(),
                          upstream_errors_.get(), auth_failures_.get(), rate_limited_.get(), store_dropped_.get()}) {
    out += "# HELP " + f->name + " " + f->help + "\n# TYPE " + f->name + " " + f->type + "\n";
    std::vector<const Series*> series;
    for (const auto& slot : f->slots) {
      if (const Series* s = slot.load(std::memory_order_acquire)) series.push_back(s);
    }
    if (const Series* s = f->overflow.load(std::memory_order_acquire)) series.push_back(s);
    std::sort(series.begin(), series.end(), [](const Series* a, const Series* b) { return a->labels < b->labels; });
    for (const Series* s : series) {
      if (!f->histogram) {
        out += f->name + "{" + s->labels + "} " + std::to_string(s->count.load()) + "\n";
        continue;
      }
      uint64_t cum = 0;
      const std::string sep = s->labels.empty() ? "" : ",";
      for (size_t i = 0; i < bounds_.size(); ++i) {
        cum += s->buckets[i].load();
        std::snprintf(num, sizeof num, "%g", bounds_[i]);
        out += f->name + "_bucket{" + s->labels + sep + "le=\"" + num + "\"} " + std::to_string(cum) + "\n";
      }
      out += f->name + "_bucket{" + s->labels + sep + "le=\"+Inf\"} " + std::to_string(s->count.load()) + "\n";
      std::snprintf(num, sizeof num, "%.6f", static_cast<double>(s->sum_us.load()) / 1e6);
      out += f->name + "_sum{" + s->labels + "} " + num + "\n";
      out += f->name + "_count{" + s->labels + "} " + std::to_string(s->count.load()) + "\n";
    }
  }
  out += "# HELP convoguard_open_connections Client connections open now.\n# TYPE convoguard_open_connections gauge\n";
  out += "convoguard_open_connections " + std::to_string(open_connections_ ? open_connections_() : 0) + "\n";
  out += "# HELP convoguard_log_lines_dropped_total Log lines dropped because stderr did not keep up.\n"
         "# TYPE convoguard_log_lines_dropped_total counter\n";
  out += "convoguard_log_lines_dropped_total " + std::to_string(log_lines_dropped_ ? log_lines_dropped_() : 0) + "\n";
  return out;
}

}  // namespace convoguard::gateway
