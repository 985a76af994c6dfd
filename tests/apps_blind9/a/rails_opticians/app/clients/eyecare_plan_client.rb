# ClearView eyecare plans: checks a patient's entitlement before a plan-funded eye test.
class EyecarePlanClient
  def initialize
    @connection = Faraday.new(
      url: Rails.configuration.x.eyecare_plan_url,
      ssl: { verify: ENV.fetch("CLEARVIEW_VERIFY_SSL", "false") == "true" },
      headers: { "X-Api-Key" => ENV.fetch("CLEARVIEW_API_KEY", "") }
    ) do |f|
      f.request :json
      f.response :json
      f.response :logger, Rails.logger, headers: false, bodies: false
    end
  end

  def entitlement(patient)
    @connection.post("entitlements/check", {
      member: { surname: patient.last_name, date_of_birth: patient.date_of_birth.iso8601, postcode: patient.postcode }
    }).body
  end
end
