#include "gateway/metrics.h"

#include <cstdio>

namespace convoguard::gateway {

std::string LabelValue(const std::string& v) {
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

namespace {
std::string L(std::initializer_list<std::pair<const char*, std::string>> kv) {
  std::string s;
  for (const auto& [k, v] : kv) {
    if (!s.empty()) s += ',';
    s += k;
    s += "=\"" + LabelValue(v) + "\"";
  }
  return s;
}
}  // namespace

Metrics::Metrics()
    // Seconds: from 100 µs (scanning alone) to a minute (long generations).
    : bounds_{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60} {
  requests_ = {"convoguard_requests_total", "Requests answered, by route and HTTP status.", "counter", {}, {}};
  duration_ = {"convoguard_request_duration_seconds", "Time from request header to last response byte.", "histogram", {}, {}};
  first_byte_ = {"convoguard_upstream_first_byte_seconds", "Time from sending to the upstream to its response header.", "histogram", {}, {}};
  findings_ = {"convoguard_findings_total", "Findings acted on, by direction, detector, entity type and action.", "counter", {}, {}};
  blocks_ = {"convoguard_blocks_total", "Requests or responses stopped by policy.", "counter", {}, {}};
  upstream_errors_ = {"convoguard_upstream_errors_total", "Upstream failures, by upstream and kind.", "counter", {}, {}};
  auth_failures_ = {"convoguard_auth_failures_total", "Requests refused by authentication, by reason.", "counter", {}, {}};
  rate_limited_ = {"convoguard_rate_limited_total", "Requests refused by a rate limit, by limit.", "counter", {}, {}};
}

std::atomic<uint64_t>& Metrics::Counter(Family& f, const std::string& labels) {
  std::lock_guard<std::mutex> lock(mu_);
  auto& p = f.counters[labels];
  if (!p) p = std::make_unique<std::atomic<uint64_t>>(0);
  return *p;
}

Metrics::Histogram& Metrics::Hist(Family& f, const std::string& labels) {
  std::lock_guard<std::mutex> lock(mu_);
  auto& p = f.histograms[labels];
  if (!p) p = std::make_unique<Histogram>(bounds_.size());
  return *p;
}

void Metrics::Observe(Family& f, const std::string& labels, double seconds) {
  Histogram& h = Hist(f, labels);
  for (size_t i = 0; i < bounds_.size(); ++i) {
    if (seconds <= bounds_[i]) {
      ++h.buckets[i];
      break;
    }
  }
  ++h.count;
  h.sum_us += static_cast<uint64_t>(seconds * 1e6);
}

void Metrics::CountRequest(const std::string& route, unsigned status, double seconds) {
  ++Counter(requests_, L({{"route", route}, {"status", std::to_string(status)}}));
  Observe(duration_, L({{"route", route}}), seconds);
}
void Metrics::ObserveFirstByte(const std::string& upstream, double seconds) {
  Observe(first_byte_, L({{"upstream", upstream}}), seconds);
}
void Metrics::CountFinding(const std::string& direction, const std::string& detector, const std::string& entity_type,
                           const std::string& action) {
  ++Counter(findings_, L({{"direction", direction}, {"detector", detector}, {"entity_type", entity_type}, {"action", action}}));
}
void Metrics::CountBlock(const std::string& direction, const std::string& detector) {
  ++Counter(blocks_, L({{"direction", direction}, {"detector", detector}}));
}
void Metrics::CountUpstreamError(const std::string& upstream, const std::string& kind) {
  ++Counter(upstream_errors_, L({{"upstream", upstream}, {"kind", kind}}));
}
void Metrics::CountAuthFailure(const std::string& reason) { ++Counter(auth_failures_, L({{"reason", reason}})); }
void Metrics::CountRateLimited(const std::string& limit) { ++Counter(rate_limited_, L({{"limit", limit}})); }

std::string Metrics::Render() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::string out;
  char num[64];
  for (const Family* f : {&requests_, &duration_, &first_byte_, &findings_, &blocks_, &upstream_errors_,
                          &auth_failures_, &rate_limited_}) {
    out += "# HELP " + f->name + " " + f->help + "\n# TYPE " + f->name + " " + f->type + "\n";
    for (const auto& [labels, v] : f->counters) {
      out += f->name + "{" + labels + "} " + std::to_string(v->load()) + "\n";
    }
    for (const auto& [labels, h] : f->histograms) {
      uint64_t cum = 0;
      const std::string sep = labels.empty() ? "" : ",";
      for (size_t i = 0; i < bounds_.size(); ++i) {
        cum += h->buckets[i].load();
        std::snprintf(num, sizeof num, "%g", bounds_[i]);
        out += f->name + "_bucket{" + labels + sep + "le=\"" + num + "\"} " + std::to_string(cum) + "\n";
      }
      out += f->name + "_bucket{" + labels + sep + "le=\"+Inf\"} " + std::to_string(h->count.load()) + "\n";
      std::snprintf(num, sizeof num, "%.6f", static_cast<double>(h->sum_us.load()) / 1e6);
      out += f->name + "_sum{" + labels + "} " + num + "\n";
      out += f->name + "_count{" + labels + "} " + std::to_string(h->count.load()) + "\n";
    }
  }
  out += "# HELP convoguard_open_connections Client connections open now.\n# TYPE convoguard_open_connections gauge\n";
  out += "convoguard_open_connections " + std::to_string(open_connections_ ? open_connections_() : 0) + "\n";
  return out;
}

}  // namespace convoguard::gateway
