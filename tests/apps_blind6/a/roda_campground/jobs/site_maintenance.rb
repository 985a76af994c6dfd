# frozen_string_literal: true

module Campground
  # Closes sites for maintenance and moves affected reservations.
  class SiteMaintenance
    def initialize(logger: Log)
      @logger = logger
    end

    def close(site_id, from:, to:, reason:)
      site = Site[site_id] or raise ArgumentError, "unknown site #{site_id}"
      affected = Reservation.where(site_id: site.id, status: %w[pending confirmed])
                            .where { (check_in < to) & (check_out > from) }.all
      @logger.info("closing site", site: site.id, loop: site.loop_name, from: from.to_s, to: to.to_s,
                                   reason: reason, affected: affected.size)
      affected.each { |res| relocate(res) }
      affected.size
    end

    private

    def relocate(reservation)
      replacement = Site.where(hookup: reservation.site.hookup).exclude(id: reservation.site_id).first
      if replacement.nil?
        @logger.warn("no replacement site", reservation_id: reservation.id,
                                            confirmation: reservation.confirmation_number)
        reservation.update(status: "needs_call")
        return
      end
      old_site = reservation.site_id
      reservation.update(site_id: replacement.id)
      @logger.info("reservation relocated", reservation_id: reservation.id, from_site: old_site,
                                            to_site: replacement.id)
    end
  end
end
