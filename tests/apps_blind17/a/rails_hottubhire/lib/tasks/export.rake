namespace :export do
  desc "Delivery sheet for a given day: rake export:deliveries[2026-07-04]"
  task :deliveries, [:day] => :environment do |_t, args|
    day = Date.parse(args[:day])
    rentals = Rental.includes(:customer).where(starts_on: day).order(:id)
    puts "rental_id,tub,postcode"
    rentals.each do |r|
      puts [r.id, r.tub_model, r.customer.postcode].join(",")
      warn "no phone on file for #{r.customer.full_name} (#{r.customer.address_line})" if r.customer.phone.blank?
    end
    warn "#{rentals.size} deliveries"
  end
end
