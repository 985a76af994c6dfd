# frozen_string_literal: true

module SolidusCowork
  module Generators
    class InstallGenerator < Rails::Generators::Base
      class_option :auto_run_migrations, type: :boolean, default: false

      def add_migrations
        run 'bin/rails railties:install:migrations FROM=solidus_cowork'
      end

      def add_initializer
        create_file 'config/initializers/solidus_cowork.rb', <<~RUBY
          SolidusCowork.configure do |config|
            config.access_control_url = ENV.fetch('ACCESS_CONTROL_URL', 'http://doors.deskhive.local:8090')
            config.support_email = 'frontdesk@example.com'
          end
        RUBY
      end

      def run_migrations
        run_migrations = options[:auto_run_migrations] || ['', 'y', 'Y'].include?(ask('Would you like to run the migrations now? [Y/n]'))
        if run_migrations
          run 'bin/rails db:migrate'
        else
          puts 'Skipping bin/rails db:migrate, don\'t forget to run it!'
        end
      end
    end
  end
end
