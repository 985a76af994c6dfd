# frozen_string_literal: true

module SolidusCowork
  VERSION = '0.4.2'
end
