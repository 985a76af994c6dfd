require "bunny"

module Hawkwalk
  module Publisher
    module_function

    def channel
      @channel ||= begin
        conn = Bunny.new(Hawkwalk.settings["amqp_url"])
        conn.start
        conn.create_channel
      end
    end

    def publish(queue, payload)
      channel.queue(queue, durable: true).publish(JSON.dump(payload), persistent: true)
    end
  end
end
