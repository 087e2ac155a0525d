// The gateway's Prometheus metrics: counters and latency histograms with
// labels, rendered in the text exposition format for GET /metrics.
//
//   convoguard_requests_total{route,status}
//   convoguard_request_duration_seconds{route}            histogram
//   convoguard_upstream_first_byte_seconds{upstream}      histogram
//   convoguard_findings_total{direction,detector,entity_type,action}
//   convoguard_blocks_total{direction,detector}
//   convoguard_upstream_errors_total{upstream,kind}
//   convoguard_auth_failures_total{reason}
//   convoguard_rate_limited_total{limit}
//   convoguard_open_connections                          gauge (from a callback)
//
// Thread safety: every method may be called from any thread. A series is
// created on first use (a short mutex), then updated with atomics.
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace convoguard::gateway {

class Metrics {
 public:
  Metrics();
  void CountRequest(const std::string& route, unsigned status, double seconds);
  void ObserveFirstByte(const std::string& upstream, double seconds);
  void CountFinding(const std::string& direction, const std::string& detector, const std::string& entity_type,
                    const std::string& action);
  void CountBlock(const std::string& direction, const std::string& detector);
  void CountUpstreamError(const std::string& upstream, const std::string& kind);
  void CountAuthFailure(const std::string& reason);
  void CountRateLimited(const std::string& limit);
  void SetOpenConnections(std::function<size_t()> f) { open_connections_ = std::move(f); }

  std::string Render() const;

 private:
  struct Histogram {
    std::vector<std::atomic<uint64_t>> buckets;  // cumulative at render time
    std::atomic<uint64_t> count{0};
    std::atomic<uint64_t> sum_us{0};
    explicit Histogram(size_t n) : buckets(n) {}
  };
  struct Family {
    std::string name, help, type;
    std::map<std::string, std::unique_ptr<std::atomic<uint64_t>>> counters;  // labels -> value
    std::map<std::string, std::unique_ptr<Histogram>> histograms;
  };
  std::atomic<uint64_t>& Counter(Family& f, const std::string& labels);
  Histogram& Hist(Family& f, const std::string& labels);
  void Observe(Family& f, const std::string& labels, double seconds);

  mutable std::mutex mu_;
  std::vector<double> bounds_;
  Family requests_, duration_, first_byte_, findings_, blocks_, upstream_errors_, auth_failures_, rate_limited_;
  std::function<size_t()> open_connections_;
};

// Escapes a label value for the exposition format.
std::string LabelValue(const std::string& v);

}  // namespace convoguard::gateway
