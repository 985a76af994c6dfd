require "net/http"

module LensLab
  # Sends glazing jobs to OptiLab's LIMS. The LIMS sits behind the lab's site VPN and only
  # listens on plain HTTP; the VPN is our transport security.
  class OrderSubmitter
    def initialize(base_url: Rails.configuration.x.lens_lab_url)
      @uri = URI.join(base_url, "/lims/jobs")
    end

    def submit(order)
      patient = order.patient
      job = {
        reference: "LKS-#{order.id}",
        frame: order.frame_sku,
        prescription: order.lens_spec,
        patient: { name: patient.full_name, dob: patient.date_of_birth.iso8601 },
        deliver_to: Current.store_code
      }
      request = Net::HTTP::Post.new(@uri, "Content-Type" => "application/json")
      request.body = job.to_json
      response = Net::HTTP.start(@uri.host, @uri.port) { |http| http.request(request) }
      raise "LIMS rejected job #{order.id}: #{response.code}" unless response.is_a?(Net::HTTPSuccess)

      JSON.parse(response.body).fetch("job_ref")
    end

    def queue_depth
      response = Net::HTTP.get_response(URI.join(@uri.to_s, "/lims/status"))
      JSON.parse(response.body).fetch("queued", 0)
    end
  end
end
