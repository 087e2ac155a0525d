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
//   convoguard_store_records_dropped_total{reason}      conversation records the store refused
//   convoguard_open_connections                          gauge (from a callback)
//   convoguard_log_lines_dropped_total                   counter (from a callback; log_sink.h)
//
// Thread safety: every method may be called from any thread. Updates take
// no lock and build no string: a family's series live in a fixed
// open-addressing table of atomic pointers, found by hashing the label
// values; a new series is created once and published with a
// compare-and-swap, then counted with atomics. The label text is rendered
// once, when the series is created. A family holds at most kMaxSeries
// series (far above the labels the gateway produces); past that, updates go
// to one series labelled overflow="true" rather than being lost.
#pragma once

#include <array>
#include <atomic>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace convoguard::gateway {

class Metrics {
 public:
  static constexpr size_t kMaxSeries = 1024;

  Metrics();
  ~Metrics();
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;

  void CountRequest(std::string_view route, unsigned status, double seconds);
  void ObserveFirstByte(std::string_view upstream, double seconds);
  void CountFinding(std::string_view direction, std::string_view detector, std::string_view entity_type,
                    std::string_view action);
  void CountBlock(std::string_view direction, std::string_view detector);
  void CountUpstreamError(std::string_view upstream, std::string_view kind);
  void CountAuthFailure(std::string_view reason);
  void CountRateLimited(std::string_view limit);
  // A conversation record the store did not queue (reason:
  // resource_exhausted, invalid_argument, other).
  void CountStoreRecordDropped(std::string_view reason);
  void SetOpenConnections(std::function<size_t()> f) { open_connections_ = std::move(f); }
  void SetLogLinesDropped(std::function<uint64_t()> f) { log_lines_dropped_ = std::move(f); }

  std::string Render() const;

 private:
  struct Series;
  struct Family;
  Series& Find(Family& f, std::initializer_list<std::string_view> values);
  void Observe(Series& s, double seconds);

  std::vector<double> bounds_;
  std::unique_ptr<Family> requests_, duration_, first_byte_, findings_, blocks_, upstream_errors_, auth_failures_,
      rate_limited_, store_dropped_;
  std::function<size_t()> open_connections_;
  std::function<uint64_t()> log_lines_dropped_;
};

// Escapes a label value for the exposition format.
std::string LabelValue(std::string_view v);

}  // namespace convoguard::gateway
