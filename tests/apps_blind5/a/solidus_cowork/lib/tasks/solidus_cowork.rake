# frozen_string_literal: true

namespace :solidus_cowork do
  desc 'Purge kiosk transactions replayed more than 7 days ago'
  task purge_kiosk_transactions: :environment do
    scope = SolidusCowork::KioskTransaction.where('replayed_at < ?', 7.days.ago)
    count = scope.delete_all
    Rails.logger.info("[kiosk] purged #{count} replayed transactions")
    puts "purged #{count}"
  end

  desc 'Re-send badges for today\'s confirmed bookings'
  task resync_badges: :environment do
    SolidusCowork::DeskBooking.confirmed.today.find_each do |booking|
      SolidusCowork::SyncAccessJob.perform_later(booking.id)
    end
    Rails.logger.info("[cowork] badge resync queued count=#{SolidusCowork::DeskBooking.confirmed.today.count}")
  end

  desc 'Print occupancy per space for a date (DATE=2024-05-01)'
  task occupancy: :environment do
    day = Date.parse(ENV.fetch('DATE', Date.current.to_s))
    SolidusCowork::Space.find_each do |space|
      taken = space.desk_bookings.where(starts_at: day.all_day).count
      puts format('%-30s %3d / %3d', space.name, taken, space.capacity)
    end
  end
end
