class TourManifestJob
  include Sidekiq::Job
  sidekiq_options queue: :default

  def perform(tour_code)
    deposits = TourDeposit.where(tour_code: tour_code).includes(guardian: :choristers)
    manifest = deposits.flat_map do |d|
      d.guardian.choristers.map do |c|
        { name: "#{c.first_name} #{d.guardian.full_name.split.last}", dob: c.date_of_birth,
          guardian_phone: d.guardian.phone, medical: c.medical_notes }
      end
    end
    TOUR_AGENT.post("manifests/#{tour_code}", { travellers: manifest })
    logger.info("manifest sent tour=#{tour_code} travellers=#{manifest.size}")
  end
end
