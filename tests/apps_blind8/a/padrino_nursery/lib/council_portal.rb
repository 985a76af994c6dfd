require 'typhoeus'

module Nursery
  # Termly headcount for funded early-education hours.
  class CouncilPortal
    def initialize(base: Settings[:council_portal_url])
      @base = base
    end

    def submit_headcount(term, children)
      rows = children.map do |c|
        {
          child_name: "#{c.first_name} #{c.last_name}",
          child_dob: c.date_of_birth.iso8601,
          parent_name: c.parent.name,
          parent_ni: c.parent.ni_number,
          funded_hours: c.funded_hours,
        }
      end
      response = Typhoeus.post("#{@base}/headcount/#{term}",
                               body: { provider: 'EY448812', children: rows }.to_json,
                               headers: { 'Content-Type' => 'application/json' },
                               ssl_verifypeer: Settings[:council_ca_bundle].present?,
                               cainfo: Settings[:council_ca_bundle])
      Padrino.logger.info("headcount #{term}: #{rows.size} children, HTTP #{response.code}")
      response.success?
    end

    def term_dates(year)
      Typhoeus.get("#{@base}/terms/#{year}", ssl_verifypeer: true).then { |r| JSON.parse(r.body) }
    end
  end

  # Foyer door-entry: who may collect which child today.
  class DoorController
    def initialize(base: Settings[:door_controller_url])
      @base = base
    end

    def authorise_collector(child, collector_name, collector_phone)
      HTTP.post("#{@base}/collectors", json: {
        child: child.first_name + ' ' + child.last_name[0],
        name: collector_name,
        phone: collector_phone,
        pin: child.collection_pin,
      })
    end

    def status
      HTTP.get("#{@base}/status").parse
    end
  end
end
