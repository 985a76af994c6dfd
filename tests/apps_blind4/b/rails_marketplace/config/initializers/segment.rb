require "segment/analytics"

SEGMENT_CLIENT = Segment::Analytics.new(
  write_key: ENV.fetch("SEGMENT_WRITE_KEY", "dev-write-key"),
  on_error: proc { |status, msg| Rails.logger.warn("segment error status=#{status} msg=#{msg}") },
  stub: !Rails.env.production?
)
